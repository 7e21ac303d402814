import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ChildHost, masterKeysValue, spawnHost, spawnStartingHost } from './support/child-host.js';
import { FIXTURE_SECRET, fixtureOrigin, writeFixtureConnectors } from './support/fixture-connectors.js';

// The provider takes this long to answer, so a check is in flight when the signal comes.
const PROVIDER_DELAY_MS = 1_000;
const VERIFY_TIMEOUT_MS = 3_000;

/** A provider API for the good fixture that answers each account request after a delay. */
async function startSlowProvider(): Promise<{ origin: string; received: Promise<void>; server: Server }> {
  let onRequest = (): void => {};
  const received = new Promise<void>((resolve) => {
    onRequest = resolve;
  });
  const server = createServer((_req, res) => {
    onRequest();
    setTimeout(() => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: 'acct_slow', name: 'Slow Merchant' }));
    }, PROVIDER_DELAY_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

/** One request over `agent`, resolving with the answer and the socket it went over. */
function send(
  agent: Agent,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, socket: req.socket! }),
      );
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Whether a new connection to `url`'s port is refused. */
function refused(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('SIGTERM on a running host', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-stop-'));
  let provider: Awaited<ReturnType<typeof startSlowProvider>>;
  let env: Record<string, string>;
  let host: ChildHost | undefined;
  const agents: Agent[] = [];
  const keepAlive = () => {
    const agent = new Agent({ keepAlive: true });
    agents.push(agent);
    return agent;
  };

  beforeAll(async () => {
    writeFixtureConnectors(join(dir, 'connectors'), ['good']);
    provider = await startSlowProvider();
    env = {
      PAYCORE_DATA_DIR: join(dir, 'data'),
      PAYCORE_MASTER_KEYS: masterKeysValue('stop'),
      PAYCORE_CONNECTOR_PATHS: join(dir, 'connectors'),
      PAYCORE_EGRESS_OVERRIDES: JSON.stringify({ [fixtureOrigin('good')]: provider.origin }),
      PAYCORE_VERIFY_TIMEOUT_MS: String(VERIFY_TIMEOUT_MS),
    };
  });
  afterEach(async () => {
    for (const agent of agents.splice(0)) agent.destroy();
    await host?.stop('SIGKILL');
  });
  afterAll(async () => {
    provider?.server.closeAllConnections();
    provider?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the check in flight with connection: close, closes the idle connection, exits 0 and refuses after', async () => {
    host = await spawnHost(env);
    const owner = host.client();
    const { orgId } = await owner.signup();
    const apiKey = await owner.apiKey(orgId);

    const idle = await send(keepAlive(), `${host.url}/api/health`);
    expect(idle.headers.connection).toBe('keep-alive');
    let idleClosedAt = 0;
    const idleClosed = new Promise<void>((resolve) =>
      idle.socket.once('close', () => {
        idleClosedAt = Date.now();
        resolve();
      }),
    );

    const check = send(keepAlive(), `${host.url}/api/orgs/${orgId}/connections/check`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        providerId: 'fx-good',
        environment: 'sandbox',
        credentials: { apiKey: FIXTURE_SECRET, merchantId: 'm_1' },
      }),
    });
    await provider.received;

    const signalledAt = Date.now();
    const exited = host.stop('SIGTERM');
    await idleClosed;
    const checked = await check;
    const checkedAt = Date.now();
    expect(checked.status).toBe(200);
    expect(checked.headers.connection).toBe('close');
    expect(JSON.parse(checked.body)).toMatchObject({ ok: true, account: { id: 'acct_slow' } });
    // Closed at once, not after the check that was still waiting for the provider.
    expect(idleClosedAt).toBeLessThan(checkedAt);

    expect(await exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(VERIFY_TIMEOUT_MS + 2_000);
    expect(await refused(host.url)).toBe(true);
    expect(host.output.some((line) => line.includes('"msg":"stopping"'))).toBe(true);
  }, 30_000);

  it('ends a request still unfinished at the deadline, logs how many, and exits 0', async () => {
    host = await spawnHost({ ...env, PAYCORE_VERIFY_TIMEOUT_MS: '100' });
    // Headers promise a body that never comes, so the request never finishes.
    const socket = connect(Number(new URL(host.url).port), '127.0.0.1');
    socket.on('error', () => {});
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /api/auth/login HTTP/1.1\r\nHost: test\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{',
    );

    const signalledAt = Date.now();
    expect(await host.stop('SIGTERM')).toBe(0);
    const took = Date.now() - signalledAt;
    expect(took).toBeGreaterThanOrEqual(2_000);
    expect(took).toBeLessThan(2_100 + 1_000);
    await closed;
    expect(host.output.some((line) => line.includes('"unfinished":1'))).toBe(true);
  }, 30_000);
});

describe('a signal while the host starts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-stop-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} ends it with code 0`, async () => {
      const host = await spawnStartingHost({
        PAYCORE_DATA_DIR: join(dir, signal),
        PAYCORE_MASTER_KEYS: masterKeysValue('start'),
      });
      // Still starting: only /api/health answers yet.
      expect((await fetch(`${host.url}/api/ready`)).status).toBe(503);
      host.process.kill(signal);
      expect(await host.exited).toEqual({ code: 0, signal: null });
      expect(host.output.filter((line) => /"level":"(error|fatal)"|Error/.test(line))).toEqual([]);
    }, 30_000);
  }
});
