import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  });
});
