import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from './support/client.js';
import { contractChecker } from './support/contract.js';
import { ENGINES, POSTGRES_SKIP_REASON, TEST_DATABASE_URL } from './support/databases.js';
import {
  GOOD_TEST_KEY,
  type StripeSimulator,
  startStripeSimulator,
  WRONG_TEST_KEY,
} from './support/stripe-simulator.js';
import { startTestHost, type TestHost } from './support/test-host.js';

if (!TEST_DATABASE_URL) console.info(POSTGRES_SKIP_REASON);

const PUBLISHABLE = 'pk_test_51SimulatorPublishable0000';

describe.each(ENGINES)('connecting Stripe through the API on %s', (engine) => {
  let stripe: StripeSimulator;
  let test: TestHost;
  let client: TestClient;
  let orgId: string;
  let matches: Awaited<ReturnType<typeof contractChecker>>;
  let connectionId: string;

  beforeAll(async () => {
    stripe = await startStripeSimulator([GOOD_TEST_KEY, 'sk_test_51SimulatorRotatedKey0000000000']);
    test = await startTestHost({ engine, egressOverrides: stripe.overrides });
    client = test.client();
    ({ orgId } = await client.signup());
    matches = await contractChecker(client);
  });
  afterAll(async () => {
    await test?.close();
    await stripe?.close();
  });

  const base = () => `/api/orgs/${orgId}/connections`;
  const body = (secretKey: string, extra: Record<string, unknown> = {}) => ({
    providerId: 'stripe',
    environment: 'sandbox',
    credentials: { secretKey, ...extra },
  });

  it('answers a malformed key with a field error, before calling Stripe', async () => {
    const before = stripe.count;
    const res = await client.post(`${base()}/check`, body('not-a-key'));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.fields).toEqual([
      { path: '/credentials/secretKey', message: expect.stringContaining('sk_test_') },
    ]);
    expect(stripe.count).toBe(before);
    matches(res, 'checkConnection');
  });

  it('checks a wrong key (invalid_credentials) and a good one (ok) without storing anything', async () => {
    const wrong = await client.post(`${base()}/check`, body(WRONG_TEST_KEY));
    expect(wrong.status).toBe(200);
    expect(wrong.body).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['secretKey'],
      retryable: false,
    });
    expect(wrong.text).not.toContain(WRONG_TEST_KEY);
    const good = await client.post(`${base()}/check`, body(GOOD_TEST_KEY));
    expect(good.body).toMatchObject({ ok: true, account: { livemode: false } });
    matches(good, 'checkConnection');
    expect((await client.get(base())).body.items).toEqual([]);
  });

  it('refuses to connect a key Stripe rejects (422) or one for the other environment', async () => {
    const wrong = await client.post(base(), body(WRONG_TEST_KEY));
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({
      code: 'verification_failed',
      reason: 'invalid_credentials',
      retryable: false,
      fields: [{ path: '/credentials/secretKey' }],
    });
    const live = await client.post(base(), { ...body(GOOD_TEST_KEY), environment: 'live' });
    expect(live.status).toBe(422);
    expect(live.body.error.reason).toBe('wrong_environment');
    expect((await client.get(base())).body.items).toEqual([]);
  });

  it('connects a good key and never answers the secret, only a masked hint', async () => {
    const res = await client.post(base(), {
      ...body(GOOD_TEST_KEY, { publishableKey: PUBLISHABLE }),
      label: 'Main',
    });
    expect(res.status).toBe(201);
    matches(res, 'createConnection');
    connectionId = res.body.id;
    expect(res.body).toMatchObject({
      providerId: 'stripe',
      providerName: 'Stripe',
      environment: 'sandbox',
      label: 'Main',
      health: 'healthy',
      credentials: { publishableKey: PUBLISHABLE },
      secretHints: { secretKey: `••••${GOOD_TEST_KEY.slice(-4)}` },
      lastVerification: { ok: true },
      createdBy: { type: 'user' },
    });
    const list = await client.get(base());
    matches(list, 'listConnections');
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([connectionId]);
    expect(list.text).not.toContain(GOOD_TEST_KEY);
    expect((await client.get(`${base()}/${connectionId}`)).text).not.toContain(GOOD_TEST_KEY);
  });

  it('re-verifies: Stripe down degrades the connection (not the credentials), back up recovers it', async () => {
    const ok = await client.post(`${base()}/${connectionId}/verify`);
    expect(ok.status).toBe(200);
    matches(ok, 'verifyConnection');
    expect(ok.body.result.ok).toBe(true);
    const port = Number(new URL(stripe.origin).port);
    await stripe.close();
    const down = await client.post(`${base()}/${connectionId}/verify`);
    expect(down.body.result).toMatchObject({ ok: false, reason: 'network_error', retryable: true });
    expect(down.body.connection).toMatchObject({
      health: 'degraded',
      lastSuccessAt: ok.body.connection.lastCheckedAt,
    });
    stripe = await startStripeSimulator([GOOD_TEST_KEY, 'sk_test_51SimulatorRotatedKey0000000000'], port);
    const back = await client.post(`${base()}/${connectionId}/verify`);
    expect(back.body.connection.health).toBe('healthy');
  });

  it('changes the label alone, and credentials only after verifying them; omitted secrets are kept', async () => {
    const label = await client.patch(`${base()}/${connectionId}`, { label: 'Renamed' });
    expect(label.status).toBe(200);
    expect(label.body.label).toBe('Renamed');
    const keepSecret = await client.patch(`${base()}/${connectionId}`, { credentials: {} });
    expect(keepSecret.status).toBe(200);
    expect(keepSecret.body.credentials).toEqual({});
    expect(keepSecret.body.secretHints.secretKey).toBe(`••••${GOOD_TEST_KEY.slice(-4)}`);
    const refused = await client.patch(`${base()}/${connectionId}`, {
      credentials: { secretKey: WRONG_TEST_KEY },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.reason).toBe('invalid_credentials');
    const rotated = await client.patch(`${base()}/${connectionId}`, {
      credentials: { secretKey: 'sk_test_51SimulatorRotatedKey0000000000' },
    });
    expect(rotated.status).toBe(200);
    matches(rotated, 'updateConnection');
    expect(rotated.body.secretHints.secretKey).toBe('••••0000');
  });

  it('deletes the connection and records every step as an event', async () => {
    const events = await client.get(`${base()}/${connectionId}/events`);
    matches(events, 'listConnectionEvents');
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'verified',
      'verified',
      'degraded',
      'verified',
      'recovered',
      'updated',
      'updated',
      'updated',
    ]);
    // The history says what changed: the label from and to, the credential fields replaced (names only).
    const updates = events.body.items.filter((e: { type: string }) => e.type === 'updated');
    expect(updates.map((e: { changes?: unknown }) => e.changes)).toContainEqual([
      { field: 'label', from: expect.any(String), to: 'Renamed' },
    ]);
    expect(updates.map((e: { changes?: unknown }) => e.changes)).toContainEqual([
      { field: 'credentials', replaced: ['secretKey'] },
    ]);
    expect(events.text).not.toContain('sk_test_51SimulatorRotatedKey');
    expect((await client.delete(`${base()}/${connectionId}`)).status).toBe(204);
    expect((await client.get(`${base()}/${connectionId}`)).status).toBe(404);
    expect((await client.get(base())).body.items).toEqual([]);
    const stored = await test.host.deps.db.get(
      'SELECT * FROM connection_credentials WHERE connection_id = ?',
      [connectionId],
    );
    expect(stored).toBeUndefined();
  });

  it('answers 409 for a provider that is not ready and 422 for an unknown one', async () => {
    const notReady = test.host.deps.registry.providers.find((p) => p.status === 'not-ready')!;
    const res = await client.post(base(), {
      providerId: notReady.id,
      environment: 'sandbox',
      credentials: {},
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('provider_not_ready');
    const unknown = await client.post(base(), {
      providerId: 'no-such-provider',
      environment: 'sandbox',
      credentials: {},
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toEqual([{ path: '/providerId', message: expect.any(String) }]);
  });

  it('works the same with an organisation API key', async () => {
    const key = await client.apiKey(orgId);
    const bot = test.client();
    bot.bearer = key;
    bot.origin = undefined;
    const res = await bot.post(base(), body(GOOD_TEST_KEY));
    expect(res.status).toBe(201);
    expect(res.body.createdBy.type).toBe('api_key');
    expect(test.logs.join('\n')).not.toContain(GOOD_TEST_KEY);
    expect(test.logs.join('\n')).not.toContain(key);
  });
});
