import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from './support/client.js';
import { startTestHost, type TestHost } from './support/test-host.js';

describe('requesting a connection', () => {
  let test: TestHost;
  beforeAll(async () => {
    test = await startTestHost({ adminEmails: ['ops@example.com'] });
  });
  afterAll(() => test?.close());

  it('records requests for listed not-ready and unlisted providers, and sums demand for admins', async () => {
    const notReady = test.host.deps.registry.providers.find((p) => p.status === 'not-ready')!;
    for (let i = 0; i < 2; i++) {
      const client = test.client();
      const { orgId } = await client.signup();
      const listed = await client.post(`/api/orgs/${orgId}/connection-requests`, {
        providerId: notReady.id,
        message: 'we need it',
      });
      expect(listed.status).toBe(201);
      expect(listed.body).toMatchObject({
        providerId: notReady.id,
        name: notReady.name,
        message: 'we need it',
      });
      const unlisted = await client.post(`/api/orgs/${orgId}/connection-requests`, {
        name: 'Brand New Pay',
        website: 'https://brandnew.example',
      });
      expect(unlisted.status).toBe(201);
      // Asking again is the same request, with the date it was first made.
      const again = await client.post(`/api/orgs/${orgId}/connection-requests`, { providerId: notReady.id });
      expect(again.status).toBe(200);
      expect(again.body).toEqual(listed.body);
      const typedAgain = await client.post(`/api/orgs/${orgId}/connection-requests`, {
        name: ' brand new PAY',
      });
      expect(typedAgain.status).toBe(200);
      expect(typedAgain.body.id).toBe(unlisted.body.id);
      expect((await client.get(`/api/orgs/${orgId}/connection-requests`)).body.items).toHaveLength(2);
    }
    const admin = test.client();
    await admin.signup('ops@example.com');
    await test.verifyEmail('ops@example.com');
    const summary = await admin.get('/api/connection-requests/summary');
    expect(summary.status).toBe(200);
    expect(summary.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          providerId: notReady.id,
          listed: true,
          status: 'not-ready',
          requests: 2,
          organisations: 2,
        }),
        expect.objectContaining({ providerId: null, name: 'brand new pay', listed: false, requests: 2 }),
      ]),
    );
  });

  it('refuses a ready provider (connect it instead), an unknown id and an empty request', async () => {
    const client = test.client();
    const { orgId } = await client.signup();
    const ready = await client.post(`/api/orgs/${orgId}/connection-requests`, { providerId: 'stripe' });
    expect(ready.status).toBe(409);
    const unknown = await client.post(`/api/orgs/${orgId}/connection-requests`, { providerId: 'nope-pay' });
    expect(unknown.status).toBe(422);
    const empty = await client.post(`/api/orgs/${orgId}/connection-requests`, { message: 'hi' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['/providerId', '/name']);
    const badSite = await client.post(`/api/orgs/${orgId}/connection-requests`, {
      name: 'X',
      website: 'ftp://x',
    });
    expect(badSite.status).toBe(422);
    // A listed provider typed as "unlisted" is that provider: refused when ready, recorded by id when not.
    const typedReady = await client.post(`/api/orgs/${orgId}/connection-requests`, { name: ' stripe ' });
    expect(typedReady.status).toBe(409);
    expect(typedReady.body.error.message).toBe('Stripe is ready: connect it instead');
    const notReady = test.host.deps.registry.providers.find((p) => p.status === 'not-ready')!;
    const typed = await client.post(`/api/orgs/${orgId}/connection-requests`, {
      name: notReady.name.toUpperCase(),
    });
    expect(typed.status).toBe(201);
    expect(typed.body).toMatchObject({ providerId: notReady.id, name: notReady.name, status: 'open' });
  });

  it('shows the status a platform admin sets, and lets the merchant withdraw', async () => {
    const merchant = test.client();
    const { orgId } = await merchant.signup();
    const notReady = test.host.deps.registry.providers.filter((p) => p.status === 'not-ready')[3]!;
    const made = await merchant.post(`/api/orgs/${orgId}/connection-requests`, { providerId: notReady.id });
    expect(made.body).toMatchObject({ status: 'open', statusNote: null, statusChangedAt: null });

    const path = '/api/connection-requests/status';
    expect((await merchant.patch(path, { providerId: notReady.id, status: 'planned' })).status).toBe(403);
    // The first case signed the platform admin up.
    const ops = test.client();
    expect((await ops.post('/api/auth/login', { email: 'ops@example.com', password: PASSWORD })).status).toBe(
      200,
    );
    const set = await ops.patch(path, { providerId: notReady.id, status: 'planned', note: 'Due in March' });
    expect(set.status).toBe(200);
    expect(set.body.updated).toBeGreaterThanOrEqual(1);
    const [seen] = (await merchant.get(`/api/orgs/${orgId}/connection-requests`)).body.items;
    expect(seen).toMatchObject({
      status: 'planned',
      statusNote: 'Due in March',
      statusChangedAt: expect.any(String),
    });
    const bad = await ops.patch(path, { providerId: notReady.id, status: 'maybe' });
    expect(bad.status).toBe(422);
    expect((await ops.patch(path, { name: 'never asked for', status: 'declined' })).status).toBe(404);

    const withdraw = `/api/orgs/${orgId}/connection-requests/${made.body.id}`;
    expect((await merchant.delete(withdraw)).status).toBe(204);
    expect((await merchant.get(`/api/orgs/${orgId}/connection-requests`)).body.items).toEqual([]);
    expect((await merchant.delete(withdraw)).status).toBe(404);
  });
});
