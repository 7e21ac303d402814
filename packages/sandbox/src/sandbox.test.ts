import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from './sandbox.js';
import { type HostileKind, SECRET, writeHostile } from './test-support/hostile.js';

const root = mkdtempSync(join(tmpdir(), 'paycore-sandbox-'));
const writePath = join(root, 'stolen.txt');
let trap: TcpServer;
let trapHits = 0;
let simulator: Server;
let openSockets = 0;
let mostOpenSockets = 0;
let origin = '';
let sandbox: Sandbox;

const listen = <S extends Server | TcpServer>(server: S) =>
  new Promise<S>((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));

const connector = (kind: HostileKind, id?: string) =>
  writeHostile(
    root,
    kind,
    { TRAP: `http://127.0.0.1:${(trap.address() as AddressInfo).port}`, WRITE_PATH: writePath },
    id,
  );
const LIMIT = { timeoutMs: 1_000 };
const input = (apiKey = SECRET) => ({ environment: 'sandbox', credentials: { apiKey } });
const overrides = (ids: string[]) =>
  Object.fromEntries(ids.map((id) => [`https://api.${id}.example`, origin]));

const KINDS: HostileKind[] = [
  'good',
  'discovers',
  'global-fetch',
  'static-http',
  'dynamic-net',
  'require-tls',
  'caught-http',
  'child-process',
  'binding',
  'fs-write',
  'sync-loop',
  'allocates-1gb',
  'heap-1gb',
  'exits',
  'unhandled-rejection',
  'import-throws',
  'import-http',
  'import-hangs',
  'hangs',
  'malformed',
  'undeclared-host',
  'kill',
];

beforeAll(async () => {
  trap = await listen(
    createTcpServer((socket) => {
      trapHits++;
      socket.destroy();
    }),
  );
  simulator = await listen(
    createServer((req, res) => {
      if (req.headers.authorization?.endsWith('Hang')) return; // never answers
      if (req.headers.authorization !== `Bearer ${SECRET}`) {
        res.writeHead(401).end('{}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"acct_1"}');
    }),
  );
  simulator.on('connection', (socket) => {
    openSockets++;
    mostOpenSockets = Math.max(mostOpenSockets, openSockets);
    socket.on('close', () => openSockets--);
  });
  origin = `http://127.0.0.1:${(simulator.address() as AddressInfo).port}`;
  sandbox = createSandbox({
    // Generous, so a loaded machine does not turn a crash into a time limit; the tests about the
    // time limit set their own.
    timeoutMs: 5_000,
    memoryLimitMb: 64,
    maxWorkers: 6,
    egressOverrides: overrides([...KINDS.map((kind) => `fx-${kind}`), 'fx-capped']),
    breaker: { threshold: 100 },
    egress: { connectionsPerOrigin: 4 },
  });
});

afterAll(async () => {
  await sandbox.close();
  trap.close();
  simulator.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the connector sandbox', () => {
  it('runs a well-behaved connector in a worker process and returns its result', async () => {
    expect(await sandbox.verify(connector('good'), input())).toEqual({ ok: true, account: { id: 'acct_1' } });
    expect(await sandbox.verify(connector('good'), input('key_WrongWrongWrong00'))).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
    });
    const [worker] = sandbox.workers().filter((w) => w.connectorId === 'fx-good');
    expect(worker?.pid).not.toBe(process.pid);
  });

  it('runs a discover hook in the worker, and says when a connector has none', async () => {
    expect(await sandbox.discover(connector('discovers'), input())).toEqual({
      ok: true,
      discovered: { paymentMethods: [{ method: 'payment_card', currencies: ['UAH'] }], payoutMethods: [] },
    });
    expect(await sandbox.discover(connector('good'), input())).toMatchObject({
      ok: false,
      reason: 'unsupported',
    });
    expect(sandbox.faults().some((f) => f.connectorId === 'fx-good')).toBe(false);
  });

  const escapes: [HostileKind, RegExp][] = [
    ['global-fetch', /fetch/],
    ['static-http', /node:http/],
    ['dynamic-net', /node:net/],
    ['require-tls', /"tls" \(require\)/],
    ['caught-http', /"http" \(import\)/],
    ['child-process', /child_process/],
    ['binding', /process\.binding/],
    ['import-http', /node:http/],
    ['kill', /process\.kill/],
  ];
  for (const [kind, names] of escapes) {
    it(`stops ${kind} from reaching anything outside ctx.fetch, and names the module and the rule`, async () => {
      const outcome = await sandbox.verify(connector(kind), input());
      expect(outcome).toMatchObject({
        ok: false,
        reason: 'connector_failed',
        fault: 'network_escape',
        retryable: false,
      });
      if (!outcome.ok) {
        expect(outcome.message).toMatch(names);
        expect(outcome.message).not.toContain(SECRET);
      }
    });
  }

  it('refuses file writes', async () => {
    const outcome = await sandbox.verify(connector('fs-write'), input());
    expect(outcome).toMatchObject({ ok: false, reason: 'connector_failed', fault: 'crash' });
    expect(existsSync(writePath)).toBe(false);
  });

  it('stops a hook that computes past the time limit, while another connector keeps verifying', async () => {
    const started = performance.now();
    const looping = sandbox.verify(connector('sync-loop'), input(), LIMIT);
    const other = await sandbox.verify(connector('good'), input());
    expect(other).toMatchObject({ ok: true });
    expect(await looping).toMatchObject({ reason: 'connector_failed', fault: 'time_limit' });
    // Stopped at the limit, not when its 5 s loop would have ended.
    expect(performance.now() - started).toBeLessThan(4_000);
    // Its worker was stopped; the next verify of that connector gets a fresh one.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sandbox.workers().some((w) => w.connectorId === 'fx-sync-loop')).toBe(false);
  });

  it('answers timeout (the provider\u2019s, retryable) when a provider request was in flight at the deadline', async () => {
    expect(
      await sandbox.verify(connector('good'), input('key_ThisOneWillHangNow0Hang'), LIMIT),
    ).toMatchObject({
      ok: false,
      reason: 'timeout',
      retryable: true,
    });
  });

  it('fails a hook that waits on nothing past the deadline as the connector\u2019s fault', async () => {
    expect(await sandbox.verify(connector('hangs'), input(), LIMIT)).toMatchObject({ fault: 'time_limit' });
  });

  it.each(['allocates-1gb', 'heap-1gb'] as const)(
    'stops %s at the memory limit; the host is unaffected',
    async (kind) => {
      const before = process.memoryUsage().rss;
      expect(await sandbox.verify(connector(kind), input())).toMatchObject({ fault: 'memory_limit' });
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    },
  );

  it.each([
    ['exits', 'crash', /process\.exit\(3\)/],
    ['unhandled-rejection', 'crash', /nobody catches this/],
    ['import-throws', 'import_failed', /cannot even be imported/],
    ['import-hangs', 'time_limit', /importing it took longer/],
    ['malformed', 'malformed_result', /malformed/],
    ['undeclared-host', 'undeclared_host', /elsewhere\.example/],
  ] as const)('fails %s with connector_failed (%s)', async (kind, fault, message) => {
    const outcome = await sandbox.verify(connector(kind), input(), fault === 'time_limit' ? LIMIT : {});
    expect(outcome).toMatchObject({ ok: false, reason: 'connector_failed', fault });
    if (!outcome.ok) expect(outcome.message).toMatch(message);
  });

  it('tries a failed import again instead of remembering it', async () => {
    await sandbox.verify(connector('import-throws'), input());
    const faults = sandbox.faults().find((f) => f.connectorId === 'fx-import-throws');
    expect(faults?.faults).toEqual([
      expect.objectContaining({
        kind: 'import_failed',
        count: 2,
        lastMessage: expect.stringMatching(/imported/),
      }),
    ]);
  });

  it('counts every fault per connector', () => {
    const kinds = new Map(sandbox.faults().map((f) => [f.connectorId, f.faults.map((x) => x.kind)]));
    expect(kinds.get('fx-global-fetch')).toEqual(['network_escape']);
    expect(kinds.get('fx-sync-loop')).toEqual(['time_limit']);
    expect(kinds.get('fx-heap-1gb')).toEqual(['memory_limit']);
    expect(kinds.get('fx-good')).toBeUndefined();
    expect(sandbox.faults().find((f) => f.connectorId === 'fx-global-fetch')?.circuit).toBe('closed');
  });

  it('bounds the sockets open to a provider however many verifies wait on it', async () => {
    mostOpenSockets = openSockets;
    const capped = connector('good', 'fx-capped');
    const pending = Promise.all(
      Array.from({ length: 30 }, () =>
        sandbox.verify(capped, input('key_ThisOneWillHangNow0Hang'), { timeoutMs: 3_000 }),
      ),
    );
    // While they all wait on the provider (once the worker has started, before the deadline).
    for (let waited = 0; openSockets < 4 && waited < 2_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(openSockets).toBe(4);
    expect(mostOpenSockets).toBeLessThanOrEqual(4);
    const outcomes = await pending;
    expect(outcomes.every((o) => !o.ok && o.reason === 'timeout')).toBe(true);
  }, 15_000);

  it('let no byte reach the trap', () => {
    expect(trapHits).toBe(0);
  });
});

describe('the circuit breaker', () => {
  it('pauses a connector after consecutive faults, then lets one trial through after the cool-down', async () => {
    const small = createSandbox({ timeoutMs: 1_000, breaker: { threshold: 2, coolDownMs: 300 } });
    try {
      const broken = connector('malformed', 'fx-breaker');
      await small.verify(broken, input());
      await small.verify(broken, input());
      const started = performance.now();
      expect(await small.verify(broken, input())).toMatchObject({ fault: 'circuit_open' });
      expect(performance.now() - started).toBeLessThan(50);
      expect(small.faults()[0]).toMatchObject({ circuit: 'open', consecutiveFaults: 2 });
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(await small.verify(broken, input())).toMatchObject({ fault: 'malformed_result' });
      expect(await small.verify(broken, input())).toMatchObject({ fault: 'circuit_open' });
    } finally {
      await small.close();
    }
  });
});
