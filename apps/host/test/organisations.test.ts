import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from './support/client.js';
import { GOOD_TEST_KEY, type StripeSimulator, startStripeSimulator } from './support/stripe-simulator.js';
import { startTestHost, type TestHost } from './support/test-host.js';

describe('organisations and API keys', () => {
  let test: TestHost;
  let stripe: StripeSimulator;
  beforeAll(async () => {
    stripe = await startStripeSimulator();
    test = await startTestHost({ egressOverrides: stripe.overrides });
  });
  afterAll(async () => {
    await test?.close();
    await stripe?.close();
  });

  it('creates more organisations and changes their settings with ISO 4217 currencies', async () => {
    const client = test.client();
    const { orgId } = await client.signup();
    const org = await client.get(`/api/orgs/${orgId}`);
    expect(org.body).toMatchObject({ id: orgId, defaultCurrency: 'USD', enabledCurrencies: ['USD'] });
    const patched = await client.patch(`/api/orgs/${orgId}`, { name: 'Renamed', defaultCurrency: 'UAH' });
    expect(patched.body).toMatchObject({
      name: 'Renamed',
      defaultCurrency: 'UAH',
      enabledCurrencies: ['USD', 'UAH'],
    });
    const bad = await client.patch(`/api/orgs/${orgId}`, {
      enabledCurrencies: ['EUR', 'BTC'],
      defaultCurrency: 'XYZ',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      '/defaultCurrency',
      '/enabledCurrencies/1',
    ]);
    const missingDefault = await client.patch(`/api/orgs/${orgId}`, { enabledCurrencies: ['EUR'] });
    expect(missingDefault.status).toBe(422);
    expect((await client.patch(`/api/orgs/${orgId}`, {})).status).toBe(422);
  });

  it('shows an API key once, lists only its hint, and stops honouring it when revoked', async () => {
    const client = test.client();
    const { orgId } = await client.signup();
    const created = await client.post(`/api/orgs/${orgId}/api-keys`, { name: 'CI', role: 'admin' });
    expect(created.status).toBe(201);
    expect(created.body.apiKey.role).toBe('admin');
    const key: string = created.body.key;
    expect(key).toMatch(/^pck_live_[\w-]{40,}$/);
    const list = await client.get(`/api/orgs/${orgId}/api-keys`);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: created.body.apiKey.id, hint: `…${key.slice(-4)}` }),
    ]);
    expect(list.text).not.toContain(key);
    const bot = test.client();
    bot.bearer = key;
    bot.origin = undefined;
    expect((await bot.get(`/api/orgs/${orgId}/connections`)).status).toBe(200);
    expect((await bot.patch(`/api/orgs/${orgId}`, { name: 'From CI' })).status).toBe(200);
    expect((await bot.get('/api/me')).status).toBe(401);
    // A key cannot mint a key stronger than its own (the roles are in members.test.ts).
    const minted = await bot.post(`/api/orgs/${orgId}/api-keys`, { name: 'more', role: 'owner' });
    expect(minted.status).toBe(422);
    expect((await client.get(`/api/orgs/${orgId}/api-keys`)).body.items).toHaveLength(1);
    expect((await client.delete(`/api/orgs/${orgId}/api-keys/${created.body.apiKey.id}`)).status).toBe(204);
    expect((await bot.get(`/api/orgs/${orgId}/connections`)).status).toBe(401);
  });

  it("answers 404 on every organisation route for another organisation's ids", async () => {
    const mallory = test.client();
    const own = await mallory.signup();
    const malloryKey = await mallory.apiKey(own.orgId);
    const victim = test.client();
    const { orgId } = await victim.signup();
    const conn = await victim.post(`/api/orgs/${orgId}/connections`, {
      providerId: 'stripe',
      environment: 'sandbox',
      credentials: { secretKey: GOOD_TEST_KEY },
    });
    expect(conn.status).toBe(201);
    const key = await victim.post(`/api/orgs/${orgId}/api-keys`, { name: 'victim' });
    const webhook = await victim.post(`/api/orgs/${orgId}/webhooks`, {
      url: 'https://hooks.example.com/victim',
      events: ['connection.created'],
    });
    const webhookId = webhook.body.webhook.id;
    await victim.post(`/api/orgs/${orgId}/webhooks/${webhookId}/test`);
    const deliveries = await victim.get(`/api/orgs/${orgId}/webhooks/${webhookId}/deliveries`);
    const ids: Record<string, string> = {
      orgId,
      connectionId: conn.body.id,
      keyId: key.body.apiKey.id,
      webhookId,
      deliveryId: deliveries.body.items[0].id,
    };
    const victimPlatform = test.client();
    victimPlatform.bearer = key.body.key;
    const connectSession = await victimPlatform.post(`/api/orgs/${orgId}/connect-sessions`, {
      endUser: { id: 'victim-user' },
    });
    ids.sessionId = connectSession.body.id;
    const doc = (await victim.get('/api/openapi.json')).body as Json;
    const orgPaths = Object.keys(doc.paths).filter((path) => path.startsWith('/api/orgs/{orgId}'));
    expect(orgPaths.length).toBeGreaterThanOrEqual(8);
    const bearer = test.client();
    bearer.bearer = malloryKey;
    let checked = 0;
    for (const path of orgPaths) {
      for (const method of Object.keys(doc.paths[path])) {
        // Their org's ids under their org id, and their ids under our own org id: both unseen.
        const theirs = path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]!);
        const mixed = path.replace(/\{(\w+)\}/g, (_, name: string) =>
          name === 'orgId' ? own.orgId : ids[name]!,
        );
        for (const [client, url] of [
          [mallory, theirs],
          [bearer, theirs],
          [mallory, mixed],
        ] as const) {
          // A valid body, so the answer is about the ids and not the input.
          const body =
            method === 'patch'
              ? path.endsWith('/services')
                ? {
                    items: [
                      { direction: 'payment', method: 'payment_card', currency: 'USD', enabled: false },
                    ],
                  }
                : path.includes('/webhooks/')
                  ? { description: 'mine now' }
                  : { label: 'mine now' }
              : method === 'post'
                ? {}
                : undefined;
          const res = await client.request(method.toUpperCase(), url, body === undefined ? {} : { body });
          if (url === mixed && !/\{(connectionId|keyId|webhookId)\}/.test(path)) continue;
          expect(res.status, `${method.toUpperCase()} ${url}`).toBe(404);
          expect(res.body.error.code).toBe('not_found');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    // Nothing of theirs changed.
    expect((await victim.get(`/api/orgs/${orgId}/connections/${conn.body.id}`)).status).toBe(200);
    expect((await victim.get(`/api/orgs/${orgId}/api-keys`)).body.items).toHaveLength(1);
  });
});
