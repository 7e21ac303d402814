import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from './support/client.js';
import { linkIn, startTestHost, type TestHost, tokenIn } from './support/test-host.js';

describe('accounts and sessions', () => {
  let test: TestHost;
  beforeAll(async () => {
    test = await startTestHost({ adminEmails: ['admin@example.com'] });
  });
  afterAll(() => test?.close());

  it('signs up a user with an organisation and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const client = test.client();
    const email = uniqueEmail();
    const res = await client.post('/api/auth/signup', {
      email,
      password: PASSWORD,
      organisationName: 'Acme Ltd',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ user: { email }, organisation: { name: 'Acme Ltd', role: 'owner' } });
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^paycore_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const me = await client.get('/api/me');
    expect(me.body).toMatchObject({
      user: { email },
      currentOrgId: res.body.organisation.id,
      isAdmin: false,
    });
    expect(JSON.stringify(me.body)).not.toContain('password');
  });

  it('marks the cookie Secure behind an https proxy the host trusts', async () => {
    const proxied = await startTestHost({ trustProxy: 1 });
    try {
      const res = await proxied.client().post(
        '/api/auth/signup',
        { email: uniqueEmail(), password: PASSWORD },
        {
          headers: {
            'x-forwarded-proto': 'https',
            origin: 'https://paycore.example',
            'x-forwarded-host': 'paycore.example',
          },
        },
      );
      expect(res.status).toBe(201);
      expect(res.headers.getSetCookie()[0]).toContain('Secure');
    } finally {
      await proxied.close();
    }
  });

  it('refuses a second sign-up with the same e-mail and a short password', async () => {
    const client = test.client();
    const { email } = await client.signup();
    const again = await test
      .client()
      .post('/api/auth/signup', { email: email.toUpperCase(), password: PASSWORD });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('email_taken');
    const short = await test.client().post('/api/auth/signup', { email: uniqueEmail(), password: 'short' });
    expect(short.status).toBe(422);
    expect(short.body.error.fields).toEqual([
      { path: '/password', message: 'must be at least 10 characters long' },
    ]);
  });

  it('logs in and out; the same answer for an unknown e-mail and a wrong password', async () => {
    const { email } = await test.client().signup();
    const client = test.client();
    const unknown = await client.post('/api/auth/login', {
      email: uniqueEmail('nobody'),
      password: PASSWORD,
    });
    const wrong = await client.post('/api/auth/login', { email, password: 'not the password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    const ok = await client.post('/api/auth/login', { email, password: PASSWORD });
    expect(ok.status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(200);
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect(client.cookie).toBeUndefined();
    client.cookie = cookie;
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('slows down repeated failures with 429 and Retry-After, even for the right password then', async () => {
    const { email } = await test.client().signup();
    const client = test.client();
    for (let i = 0; i < 5; i++)
      expect((await client.post('/api/auth/login', { email, password: `wrong-${i}` })).status).toBe(401);
    const blocked = await client.post('/api/auth/login', { email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.body.error.code).toBe('too_many_requests');
    // An address that does not exist is slowed down the same way.
    const ghost = uniqueEmail('ghost');
    for (let i = 0; i < 5; i++) await client.post('/api/auth/login', { email: ghost, password: 'x' });
    expect((await client.post('/api/auth/login', { email: ghost, password: 'x' })).status).toBe(429);
  });

  it('refuses cookie-authenticated writes without same-origin proof (CSRF)', async () => {
    const client = test.client();
    await client.signup();
    const noOrigin = await client.post('/api/orgs', { name: 'X' }, { headers: { origin: '' } });
    expect(noOrigin.status).toBe(403);
    expect(noOrigin.body.error.code).toBe('csrf_rejected');
    const evil = await client.post(
      '/api/orgs',
      { name: 'X' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(evil.status).toBe(403);
    const fetchMeta = await client.post(
      '/api/orgs',
      { name: 'X' },
      { headers: { origin: '', 'sec-fetch-site': 'same-origin' } },
    );
    expect(fetchMeta.status).toBe(201);
    const crossLogin = await test
      .client()
      .post(
        '/api/auth/login',
        { email: uniqueEmail(), password: PASSWORD },
        { headers: { origin: 'https://evil.example' } },
      );
    expect(crossLogin.status).toBe(403);
  });

  it('switches the current organisation, only to one the user belongs to', async () => {
    const client = test.client();
    const { orgId } = await client.signup();
    const second = await client.post('/api/orgs', { name: 'Second' });
    const switched = await client.patch('/api/me', { currentOrgId: second.body.id });
    expect(switched.body.currentOrgId).toBe(second.body.id);
    expect((await client.get('/api/me')).body.currentOrgId).toBe(second.body.id);
    const other = test.client();
    const foreign = await other.signup();
    expect((await client.patch('/api/me', { currentOrgId: foreign.orgId })).status).toBe(404);
    expect((await client.get('/api/orgs')).body.items.map((o: { id: string }) => o.id)).toEqual([
      orgId,
      second.body.id,
    ]);
  });

  it('lets admins see demand and diagnostics, and nobody else; a listed address only once verified', async () => {
    const admin = test.client();
    await admin.signup('admin@example.com');
    // Signing up first with a listed address is not enough: the address must be proved.
    expect((await admin.get('/api/me')).body.isAdmin).toBe(false);
    expect((await admin.get('/api/connectors/diagnostics')).status).toBe(403);
    const mail = test.mails.find((m) => m.to === 'admin@example.com');
    const token = tokenIn(linkIn(mail, '/verify-email'));
    expect((await test.client().post('/api/auth/verify-email', { token })).status).toBe(200);
    expect((await admin.get('/api/me')).body.isAdmin).toBe(true);
    expect((await admin.get('/api/connectors/diagnostics')).status).toBe(200);
    const user = test.client();
    await user.signup();
    expect((await user.get('/api/connectors/diagnostics')).status).toBe(403);
    expect((await test.client().get('/api/connection-requests/summary')).status).toBe(401);
  });

  it('never logs passwords or session tokens', async () => {
    const lines = test.logs.join('\n');
    expect(lines).not.toContain(PASSWORD);
    expect(lines).not.toMatch(/paycore_session=[\w-]{20,}/);
  });
});
