import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../src/security/rate-limits.js';
import type { Json, TestClient } from './support/client.js';
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

const ROTATED_KEY = 'sk_test_51SimulatorRotatedKey0000000000';
const stripeBody = (secretKey: string) => ({
  providerId: 'stripe',
  environment: 'sandbox',
  credentials: { secretKey },
});

describe.each(ENGINES)('connect sessions on %s', (engine) => {
  let stripe: StripeSimulator;
  let test: TestHost;
  let merchantA: TestClient;
  let merchantB: TestClient;
  let platformA: TestClient;
  let platformB: TestClient;
  let orgA: string;
  let orgB: string;
  let matches: Awaited<ReturnType<typeof contractChecker>>;

  /** A client that speaks with a connect session's token only. */
  const page = (token: string): TestClient => {
    const client = test.client();
    client.bearer = token;
    client.origin = undefined;
    return client;
  };
  const createSession = (platform: TestClient, orgId: string, body: Record<string, unknown>) =>
    platform.post(`/api/orgs/${orgId}/connect-sessions`, body);
  const newToken = async (body: Record<string, unknown> = {}): Promise<{ id: string; token: string }> => {
    const res = await createSession(platformA, orgA, { endUser: { id: 'user-42' }, ...body });
    expect(res.status, res.text).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    stripe = await startStripeSimulator([GOOD_TEST_KEY, ROTATED_KEY]);
    test = await startTestHost({
      engine,
      egressOverrides: stripe.overrides,
      // The session's own limit as the host has it; the others stay out of the way of the test.
      rateLimits: { connect_check_session: RATE_LIMITS.connect_check_session },
    });
    merchantA = test.client();
    merchantB = test.client();
    ({ orgId: orgA } = await merchantA.signup());
    ({ orgId: orgB } = await merchantB.signup());
    platformA = test.client();
    platformA.bearer = await merchantA.apiKey(orgA);
    platformB = test.client();
    platformB.bearer = await merchantB.apiKey(orgB);
    matches = await contractChecker(merchantA);
  });
  afterAll(async () => {
    await test?.close();
    await stripe?.close();
  });

  it('creates a session with an API key only: a token shown once, a url with it in the fragment, 30 minutes', async () => {
    const bySession = await createSession(merchantA, orgA, { endUser: { id: 'u1' } });
    expect(bySession.status).toBe(401);
    expect(bySession.body.error.message).toContain('API key');
    const otherOrg = await createSession(platformA, orgB, { endUser: { id: 'u1' } });
    expect(otherOrg.status).toBe(404);

    const res = await createSession(platformA, orgA, {
      endUser: { id: 'user-42', email: 'ann@platform.example', displayName: 'Ann' },
      allowedProviders: ['stripe'],
      allowedOrigins: ['http://127.0.0.1:5000'],
    });
    expect(res.status).toBe(201);
    matches(res, 'createConnectSession');
    expect(res.body.token).toMatch(/^pccs_[A-Za-z0-9_-]{43}$/);
    expect(res.body.url).toBe(`${test.url}/connect/${res.body.id}#${res.body.token}`);
    const ttl = Date.parse(res.body.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(29 * 60_000);
    expect(ttl).toBeLessThanOrEqual(30 * 60_000);
    const stored = await test.host.deps.db.all<Record<string, unknown>>('SELECT * FROM connect_sessions');
    expect(JSON.stringify(stored)).not.toContain(res.body.token);
  });

  it('refuses what it cannot honour, every field at once', async () => {
    const notReady = (await test.client().get('/api/providers?status=not-ready&limit=1')).body.items[0].id;
    const res = await createSession(platformA, orgA, {
      endUser: { id: 'u1' },
      allowedProviders: ['stripe', 'no-such-provider', notReady],
      allowedOrigins: ['https://app.example.com/path', 'http://app.example.com', 'https://ok.example.com'],
      returnUrl: 'http://platform.example/back',
      reconnect: { connectionId: 'conn_missing' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: Json) => f.path)).toEqual([
      '/allowedProviders/1',
      '/allowedProviders/2',
      '/allowedOrigins/0',
      '/allowedOrigins/1',
      '/returnUrl',
      '/reconnect/connectionId',
    ]);
    const missingUser = await createSession(platformA, orgA, {});
    expect(missingUser.status).toBe(422);
  });

  it("shows the page the organisation's brand, the end user and only the allowed providers", async () => {
    const logo = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`;
    const brand = { name: 'Acme Platform', logo, primaryColor: '#0f766e', theme: 'dark' };
    const patched = await merchantA.patch(`/api/orgs/${orgA}`, { brand });
    expect(patched.status).toBe(200);
    expect(patched.body.brand).toEqual(brand);
    const badBrand = await merchantA.patch(`/api/orgs/${orgA}`, {
      brand: { logo: 'https://cdn.example.com/logo.png', primaryColor: 'teal' },
    });
    expect(badBrand.status).toBe(422);
    expect(badBrand.body.error.fields.map((f: Json) => f.path)).toEqual(
      expect.arrayContaining(['/brand/logo', '/brand/primaryColor']),
    );

    const { token } = await newToken({ allowedProviders: ['stripe'], environments: ['sandbox'] });
    const res = await page(token).get('/api/connect/session');
    expect(res.status).toBe(200);
    matches(res, 'getConnectSession');
    expect(res.body).toMatchObject({
      endUser: { id: 'user-42' },
      organisation: { name: 'Acme Platform', brand },
      environments: ['sandbox'],
      reconnect: null,
    });
    expect(res.body.providers.map((p: Json) => p.id)).toEqual(['stripe']);
    const all = await page((await newToken()).token).get('/api/connect/session');
    expect(all.body.providers.length).toBeGreaterThan(1);
    expect(all.body.providers.every((p: Json) => p.status === 'ready')).toBe(true);
  });

  it('takes the token only as a bearer, and the token opens nothing but the connect API', async () => {
    const { token } = await newToken();
    expect((await test.client().get('/api/connect/session')).status).toBe(401);
    // A signed-in merchant's cookie is no connect session.
    expect((await merchantA.get('/api/connect/session')).status).toBe(401);
    const withCookie = await merchantA.get('/api/connect/session', {
      headers: { cookie: `paycore_session=${token}` },
    });
    expect(withCookie.status).toBe(401);
    const tokenClient = page(token);
    for (const [method, path] of [
      ['GET', `/api/orgs/${orgA}/connections`],
      ['GET', `/api/orgs/${orgA}`],
      ['GET', '/api/me'],
      ['GET', '/api/orgs'],
      ['POST', `/api/orgs/${orgA}/connect-sessions`],
      ['POST', `/api/orgs/${orgA}/connections/check`],
      ['GET', '/api/connectors/diagnostics'],
    ] as const) {
      const res = await tokenClient.request(method, path, method === 'POST' ? { body: {} } : {});
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('checks only the providers and environments the session offers', async () => {
    const { token } = await newToken({ allowedProviders: ['stripe'], environments: ['sandbox'] });
    const client = page(token);
    const paypal = await client.post('/api/connect/check', {
      providerId: 'paypal',
      environment: 'sandbox',
      credentials: {},
    });
    expect(paypal.status).toBe(422);
    expect(paypal.body.error.fields).toEqual([
      { path: '/providerId', message: expect.stringContaining('paypal') },
    ]);
    const live = await client.post('/api/connect/check', {
      ...stripeBody(GOOD_TEST_KEY),
      environment: 'live',
    });
    expect(live.body.error.fields.map((f: Json) => f.path)).toEqual(['/environment']);
    const wrong = await client.post('/api/connect/check', stripeBody(WRONG_TEST_KEY));
    expect(wrong.body).toMatchObject({ ok: false, reason: 'invalid_credentials' });
    const good = await client.post('/api/connect/check', stripeBody(GOOD_TEST_KEY));
    expect(good.status).toBe(200);
    matches(good, 'checkConnectCredentials');
    expect(good.body.ok).toBe(true);
  });

  it('connects with the end user on the connection, in its webhook event, and filterable; then the token is spent', async () => {
    const { id, token } = await newToken({
      endUser: { id: 'user-7', email: 'bo@platform.example', displayName: 'Bo' },
      returnUrl: 'https://platform.example/providers?tab=payments',
    });
    const client = page(token);
    const res = await client.post('/api/connect/connections', {
      ...stripeBody(GOOD_TEST_KEY),
      label: 'Bo’s shop',
    });
    expect(res.status).toBe(201);
    matches(res, 'createConnectConnection');
    const connectionId = res.body.connection.id;
    expect(res.body.connection).toMatchObject({
      providerId: 'stripe',
      environment: 'sandbox',
      endUser: { id: 'user-7' },
    });
    expect(res.body.returnUrl).toBe(
      `https://platform.example/providers?tab=payments&connectionId=${encodeURIComponent(connectionId)}`,
    );

    const listed = await platformA.get(`/api/orgs/${orgA}/connections?endUserId=user-7`);
    expect(listed.body.items.map((c: Json) => c.id)).toEqual([connectionId]);
    matches(listed, 'listConnections');
    expect(listed.body.items[0]).toMatchObject({
      label: 'Bo’s shop',
      endUser: { id: 'user-7', email: 'bo@platform.example', displayName: 'Bo' },
      createdBy: { type: 'connect_session', id },
    });
    expect((await platformA.get(`/api/orgs/${orgA}/connections?endUserId=someone-else`)).body.items).toEqual(
      [],
    );
    expect((await platformA.get(`/api/orgs/${orgA}/connections`)).body.items.length).toBeGreaterThanOrEqual(
      1,
    );

    const events = await test.host.deps.db.all<{ body: string }>(
      "SELECT body FROM outbox_events WHERE type = 'connection.created' AND ordering_key = ?",
      [connectionId],
    );
    expect(JSON.parse(events[0]!.body).data.connection.endUser).toEqual({
      id: 'user-7',
      email: 'bo@platform.example',
      displayName: 'Bo',
    });

    const spent = await client.get('/api/connect/session');
    expect(spent.status).toBe(401);
    expect(spent.body.error).toMatchObject({ code: 'unauthorized', session: 'spent' });
    expect((await client.post('/api/connect/connections', stripeBody(GOOD_TEST_KEY))).status).toBe(401);
  });

  it('refuses expired and revoked tokens (401), and revoking is for the own organisation only', async () => {
    const expired = await newToken({ expiresInSeconds: 60 });
    await test.host.deps.db.run('UPDATE connect_sessions SET expires_at = ? WHERE id = ?', [
      new Date(Date.now() - 1000).toISOString(),
      expired.id,
    ]);
    const expiredRes = await page(expired.token).get('/api/connect/session');
    expect(expiredRes.status).toBe(401);
    expect(expiredRes.body.error.session).toBe('expired');

    const revoked = await newToken();
    expect((await page(revoked.token).get('/api/connect/session')).status).toBe(200);
    expect((await platformB.delete(`/api/orgs/${orgB}/connect-sessions/${revoked.id}`)).status).toBe(404);
    expect((await merchantA.delete(`/api/orgs/${orgA}/connect-sessions/${revoked.id}`)).status).toBe(401);
    expect((await platformA.delete(`/api/orgs/${orgA}/connect-sessions/${revoked.id}`)).status).toBe(204);
    const revokedRes = await page(revoked.token).get('/api/connect/session');
    expect(revokedRes.status).toBe(401);
    expect(revokedRes.body.error.session).toBe('revoked');
    expect((await page(`${revoked.token}x`).get('/api/connect/session')).status).toBe(401);
  });

  it("keeps organisation A's token away from B: its connection lands in A, B's connections cannot be reconnected", async () => {
    const connectB = await platformB.post(`/api/orgs/${orgB}/connections`, stripeBody(GOOD_TEST_KEY));
    expect(connectB.status).toBe(201);
    const foreign = await createSession(platformA, orgA, {
      endUser: { id: 'user-42' },
      reconnect: { connectionId: connectB.body.id },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields).toEqual([
      { path: '/reconnect/connectionId', message: 'is not a connection of this organisation' },
    ]);
    const { token } = await newToken({ endUser: { id: 'shared-user' } });
    const made = await page(token).post('/api/connect/connections', stripeBody(GOOD_TEST_KEY));
    expect(made.status).toBe(201);
    expect((await platformB.get(`/api/orgs/${orgB}/connections?endUserId=shared-user`)).body.items).toEqual(
      [],
    );
    expect((await platformB.get(`/api/orgs/${orgB}/connections/${made.body.connection.id}`)).status).toBe(
      404,
    );
    expect(
      (await platformA.get(`/api/orgs/${orgA}/connections?endUserId=shared-user`)).body.items.map(
        (c: Json) => c.id,
      ),
    ).toEqual([made.body.connection.id]);
  });

  it('reconnects a connection with new credentials; it keeps its id and gets the end user', async () => {
    const first = await platformA.post(`/api/orgs/${orgA}/connections`, {
      ...stripeBody(GOOD_TEST_KEY),
      label: 'old',
    });
    expect(first.status).toBe(201);
    const otherUser = await createSession(platformA, orgA, {
      endUser: { id: 'user-9' },
      reconnect: { connectionId: first.body.id },
    });
    expect(otherUser.status).toBe(201);
    const { token } = await newToken({
      endUser: { id: 'user-9' },
      reconnect: { connectionId: first.body.id },
    });
    const client = page(token);
    const view = await client.get('/api/connect/session');
    expect(view.body.reconnect).toEqual({
      connectionId: first.body.id,
      providerId: 'stripe',
      providerName: 'Stripe',
      environment: 'sandbox',
      label: 'old',
    });
    const wrongProvider = await client.post('/api/connect/connections', {
      providerId: 'paypal',
      environment: 'sandbox',
      credentials: {},
    });
    expect(wrongProvider.body.error.fields.map((f: Json) => f.path)).toEqual(['/providerId']);
    const rejected = await client.post('/api/connect/connections', stripeBody(WRONG_TEST_KEY));
    expect(rejected.status).toBe(422);
    expect(rejected.body.error.reason).toBe('invalid_credentials');

    const res = await client.post('/api/connect/connections', stripeBody(ROTATED_KEY));
    expect(res.status).toBe(200);
    matches(res, 'createConnectConnection');
    expect(res.body.connection.id).toBe(first.body.id);
    const after = await platformA.get(`/api/orgs/${orgA}/connections/${first.body.id}`);
    expect(after.body).toMatchObject({
      id: first.body.id,
      label: 'old',
      secretHints: { secretKey: expect.stringContaining('0000') },
      endUser: { id: 'user-9' },
      updatedBy: { type: 'connect_session' },
    });
    const events = await platformA.get(`/api/orgs/${orgA}/connections/${first.body.id}/events`);
    expect(events.body.items.map((e: Json) => e.type)).toContain('updated');
    // Now the connection belongs to user-9: another end user's session may not reconnect it.
    const stranger = await createSession(platformA, orgA, {
      endUser: { id: 'user-10' },
      reconnect: { connectionId: first.body.id },
    });
    expect(stranger.body.error.fields).toEqual([
      { path: '/reconnect/connectionId', message: 'belongs to another end user' },
    ]);
  });

  it("limits one session's checks (429 with Retry-After)", async () => {
    const { token } = await newToken();
    const client = page(token);
    const bad = { providerId: 'stripe', environment: 'sandbox', credentials: { secretKey: 'not-a-key' } };
    for (let i = 0; i < RATE_LIMITS.connect_check_session.points; i++)
      expect((await client.post('/api/connect/check', bad)).status).toBe(422);
    const limited = await client.post('/api/connect/check', bad);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('too_many_requests');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('serves the page framed only by the allowed origins, with no referrer', async () => {
    const { id } = await newToken({ allowedOrigins: ['http://127.0.0.1:5000', 'https://app.example.com'] });
    const res = await test.client().get(`/connect/${id}`, { headers: { accept: 'text/html' } });
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain('frame-ancestors http://127.0.0.1:5000 https://app.example.com');
    expect(policy).toContain("connect-src 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBeNull();
    const unknown = await test.client().get('/connect/cs_unknown', { headers: { accept: 'text/html' } });
    expect(unknown.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
