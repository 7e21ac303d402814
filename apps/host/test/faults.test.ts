import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from './support/client.js';
import {
  FIXTURE_SECRET,
  type FixtureKind,
  fixtureId,
  fixtureOrigin,
  startAccountSimulator,
  writeFixtureConnectors,
} from './support/fixture-connectors.js';
import { startTestHost, type TestHost } from './support/test-host.js';

// Each hostile connector and the fault the host must name. Every one is the connector's fault:
// 502 `connector_failed` on connect, never blamed on the provider or the merchant.
const HOSTILE: [FixtureKind, string][] = [
  ['throws-on-import', 'import_failed'],
  ['hangs', 'time_limit'],
  ['throws-secret', 'crash'],
  ['garbage', 'malformed_result'],
  ['undeclared-host', 'undeclared_host'],
  ['global-fetch', 'network_escape'],
  ['static-http', 'network_escape'],
  ['dynamic-net', 'network_escape'],
  ['require-tls', 'network_escape'],
  ['child-process', 'network_escape'],
  ['process-binding', 'network_escape'],
  ['fs-write', 'crash'],
  ['sync-loop', 'time_limit'],
  ['allocates-1gb', 'memory_limit'],
  ['exits', 'crash'],
  ['unhandled-rejection', 'crash'],
];
const ADMIN = 'operator@platform.example';
// Generous on purpose: it proves the host is not frozen by the hook (which runs for seconds),
// not how fast it is; the benchmark measures that.
const RESPONSIVE_MS = 1_000;

describe('connectors that misbehave run in the sandbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-outside-'));
  const stolen = join(dir, 'stolen.txt');
  let trap: Server;
  let trapped = 0;
  let simulator: Awaited<ReturnType<typeof startAccountSimulator>>;
  let test: TestHost;
  let client: TestClient;
  let admin: TestClient;
  let orgId: string;

  beforeAll(async () => {
    trap = createServer((socket) => {
      trapped++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    writeFixtureConnectors(dir, ['good', ...HOSTILE.map(([kind]) => kind)], {
      trap: `http://127.0.0.1:${(trap.address() as AddressInfo).port}`,
      stolen,
    });
    simulator = await startAccountSimulator();
    test = await startTestHost({
      connectorPaths: [dir],
      verifyTimeoutMs: 2_000,
      adminEmails: [ADMIN],
      sandbox: { memoryLimitMb: 64 },
      egressOverrides: {
        [fixtureOrigin('good')]: simulator.origin,
        [fixtureOrigin('undeclared-host')]: simulator.origin,
      },
    });
    client = test.client();
    ({ orgId } = await client.signup());
    admin = test.client();
    await admin.signup(ADMIN);
    await test.verifyEmail(ADMIN);
  });
  afterAll(async () => {
    await test?.close();
    await simulator?.close();
    trap?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const body = (kind: FixtureKind) => ({
    providerId: fixtureId(kind),
    environment: 'sandbox',
    credentials: { apiKey: FIXTURE_SECRET, merchantId: 'm_1' },
  });

  /** Health, the directory and a good connector, each timed, while `during` runs. */
  const whileRunning = async <T>(during: Promise<T>) => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const timed = async (run: () => Promise<{ status: number }>) => {
      const started = performance.now();
      const { status } = await run();
      return { status, ms: performance.now() - started };
    };
    const others = [
      await timed(() => client.get('/api/health')),
      await timed(() => client.get('/api/providers?status=ready')),
      await timed(() => client.post(`/api/orgs/${orgId}/connections/check`, body('good'))),
    ];
    return { result: await during, others };
  };

  it('lists every fixture as ready: a broken module is only found out when it runs', async () => {
    const res = await client.get('/api/providers?status=ready&country=UA');
    const ids = res.body.items.map((p: { id: string }) => p.id);
    for (const [kind] of HOSTILE) expect(ids).toContain(fixtureId(kind));
  });

  for (const [kind, fault] of HOSTILE) {
    it(`${kind}: connector_failed (${fault}); the host stays responsive and stores nothing`, async () => {
      const { result: checked, others } = await whileRunning(
        client.post(`/api/orgs/${orgId}/connections/check`, body(kind)),
      );
      expect(checked.status).toBe(200);
      expect(checked.body).toMatchObject({ ok: false, reason: 'connector_failed', fault, retryable: false });
      for (const other of others) {
        expect(other.status).toBe(200);
        expect(other.ms).toBeLessThan(RESPONSIVE_MS);
      }
      const connected = await client.post(`/api/orgs/${orgId}/connections`, body(kind));
      expect(connected.status).toBe(502);
      expect(connected.body.error).toMatchObject({
        code: 'connector_failed',
        reason: 'connector_failed',
        fault,
      });
      expect(connected.body.error.message).toMatch(new RegExp(`Fixture ${kind}`));
      for (const res of [checked, connected]) expect(res.text).not.toContain(FIXTURE_SECRET);
      expect((await client.get(`/api/orgs/${orgId}/connections`)).body.items).toEqual([]);
    });
  }

  it('still connects the good connector from the same folder', async () => {
    const res = await client.post(`/api/orgs/${orgId}/connections`, body('good'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      providerId: 'fx-good',
      credentials: { merchantId: 'm_1' },
      secretHints: { apiKey: `••••${FIXTURE_SECRET.slice(-4)}` },
      account: { id: 'acct_fixture', name: 'Fixture Merchant' },
    });
    expect(res.text).not.toContain(FIXTURE_SECRET);
  });

  it('let no byte reach the trap and wrote no file', () => {
    expect(trapped).toBe(0);
    expect(existsSync(stolen)).toBe(false);
  });

  it('counts every fault per connector in the diagnostics, secrets scrubbed', async () => {
    const res = await admin.get('/api/connectors/diagnostics');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(FIXTURE_SECRET);
    const byId = new Map(
      (res.body.faults as { connectorId: string; faults: { kind: string; count: number }[] }[]).map((f) => [
        f.connectorId,
        f.faults,
      ]),
    );
    for (const [kind, fault] of HOSTILE)
      expect(byId.get(fixtureId(kind)), kind).toEqual([expect.objectContaining({ kind: fault, count: 2 })]);
    expect(byId.has('fx-good')).toBe(false);
  });

  it('pauses a connector that keeps failing, answering at once', async () => {
    for (let i = 0; i < 3; i++) await client.post(`/api/orgs/${orgId}/connections/check`, body('garbage'));
    const started = performance.now();
    const res = await client.post(`/api/orgs/${orgId}/connections/check`, body('garbage'));
    expect(res.body).toMatchObject({ reason: 'connector_failed', fault: 'circuit_open' });
    expect(performance.now() - started).toBeLessThan(RESPONSIVE_MS);
  });

  it('never writes the secret to any log line, though the hooks tried', () => {
    expect(test.logs.length).toBeGreaterThan(10);
    const leaked = test.logs.filter((line) => line.includes(FIXTURE_SECRET));
    expect(leaked).toEqual([]);
    // The hooks' own lines arrived, scrubbed, and every fault was logged for the operator.
    expect(test.logs.some((line) => line.includes('about to fail with [redacted]'))).toBe(true);
    expect(test.logs.filter((line) => line.includes('connector fault')).length).toBeGreaterThan(
      HOSTILE.length,
    );
  });
});
