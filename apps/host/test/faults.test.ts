import { mkdtempSync, rmSync } from 'node:fs';
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

const BROKEN: {
  kind: FixtureKind;
  check: object;
  connect: { status: number; code: string; reason: string };
}[] = [
  {
    kind: 'throws-on-import',
    check: { ok: false, reason: 'misconfigured', retryable: false },
    connect: { status: 502, code: 'connector_failed', reason: 'misconfigured' },
  },
  {
    kind: 'hangs',
    check: { ok: false, reason: 'timeout', retryable: true },
    connect: { status: 503, code: 'provider_unavailable', reason: 'timeout' },
  },
  {
    kind: 'throws-secret',
    check: { ok: false, reason: 'misconfigured' },
    connect: { status: 502, code: 'connector_failed', reason: 'misconfigured' },
  },
  {
    kind: 'garbage',
    check: { ok: false, reason: 'misconfigured' },
    connect: { status: 502, code: 'connector_failed', reason: 'misconfigured' },
  },
  {
    kind: 'undeclared-host',
    check: { ok: false, reason: 'misconfigured' },
    connect: { status: 502, code: 'connector_failed', reason: 'misconfigured' },
  },
];

describe('connectors that misbehave', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-outside-'));
  let simulator: Awaited<ReturnType<typeof startAccountSimulator>>;
  let test: TestHost;
  let client: TestClient;
  let orgId: string;

  beforeAll(async () => {
    writeFixtureConnectors(dir, ['good', ...BROKEN.map((b) => b.kind)]);
    simulator = await startAccountSimulator();
    test = await startTestHost({
      connectorPaths: [dir],
      verifyTimeoutMs: 300,
      egressOverrides: {
        [fixtureOrigin('good')]: simulator.origin,
        [fixtureOrigin('undeclared-host')]: simulator.origin,
      },
    });
    client = test.client();
    ({ orgId } = await client.signup());
  });
  afterAll(async () => {
    await test?.close();
    await simulator?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const body = (kind: FixtureKind) => ({
    providerId: fixtureId(kind),
    environment: 'sandbox',
    credentials: { apiKey: FIXTURE_SECRET, merchantId: 'm_1' },
  });

  it('lists every fixture as ready: a broken module is only found out when it runs', async () => {
    const res = await client.get('/api/providers?status=ready&country=UA');
    const ids = res.body.items.map((p: { id: string }) => p.id);
    for (const kind of ['good', ...BROKEN.map((b) => b.kind)] as FixtureKind[])
      expect(ids).toContain(fixtureId(kind));
  });

  for (const { kind, check, connect } of BROKEN) {
    it(`${kind}: the host answers a clear error, stores nothing and stays up`, async () => {
      const checked = await client.post(`/api/orgs/${orgId}/connections/check`, body(kind));
      expect(checked.status).toBe(200);
      expect(checked.body).toMatchObject(check);
      const connected = await client.post(`/api/orgs/${orgId}/connections`, body(kind));
      expect(connected.status).toBe(connect.status);
      expect(connected.body.error).toMatchObject({ code: connect.code, reason: connect.reason });
      expect(connected.body.error.message).toMatch(new RegExp(`Fixture ${kind}`));
      for (const res of [checked, connected]) expect(res.text).not.toContain(FIXTURE_SECRET);
      expect((await client.get(`/api/orgs/${orgId}/connections`)).body.items).toEqual([]);
      expect((await client.get('/api/health')).status).toBe(200);
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

  it('shows the import failure to admins as a diagnostic', () => {
    const messages = test.host.deps.registry.diagnostics
      .filter((d) => d.id === fixtureId('throws-on-import') && d.severity === 'error')
      .flatMap((d) => d.problems.map((p) => p.message));
    expect(messages).toContainEqual(expect.stringContaining('cannot even be imported'));
  });

  it('never writes the secret to any log line, though the hooks tried', () => {
    expect(test.logs.length).toBeGreaterThan(10);
    const leaked = test.logs.filter((line) => line.includes(FIXTURE_SECRET));
    expect(leaked).toEqual([]);
    // The hooks' own lines arrived, scrubbed.
    expect(test.logs.some((line) => line.includes('about to fail with [redacted]'))).toBe(true);
    expect(test.logs.some((line) => line.includes('connector could not be loaded'))).toBe(true);
  });
});
