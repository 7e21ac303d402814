import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json, TestClient } from './support/client.js';
import { ENGINES, POSTGRES_SKIP_REASON, TEST_DATABASE_URL } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { GOOD_TEST_KEY, type StripeSimulator, startStripeSimulator } from './support/stripe-simulator.js';
import { startTestHost, type TestHost } from './support/test-host.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

if (!TEST_DATABASE_URL) console.info(POSTGRES_SKIP_REASON);

const INTERVAL_MS = 2_000;

describe.each(ENGINES)('scheduled checks and health webhooks on %s', (engine) => {
  let stripe: StripeSimulator;
  let receiver: WebhookReceiver;
  let test: TestHost;
  let client: TestClient;
  let orgId: string;
  let connectionId: string;
  const connection = async (): Promise<Json> =>
    (await client.get(`/api/orgs/${orgId}/connections/${connectionId}`)).body;
  const received = (type: string) =>
    receiver.received.filter((r) => r.event.type === type && JSON.stringify(r.event).includes(connectionId));

  beforeAll(async () => {
    stripe = await startStripeSimulator();
    receiver = await startWebhookReceiver();
    test = await startTestHost({
      engine,
      egressOverrides: stripe.overrides,
      jobs: { workers: 4, checkIntervalMs: INTERVAL_MS, webhooksAllowPrivate: true, webhookRetryBaseMs: 200 },
    });
    client = test.client();
    ({ orgId } = await client.signup());
    const webhook = await client.post(`/api/orgs/${orgId}/webhooks`, {
      url: receiver.url,
      events: [
        'connection.created',
        'connection.degraded',
        'connection.needs_reconnect',
        'connection.recovered',
      ],
    });
    expect(webhook.status).toBe(201);
    receiver.secret = webhook.body.secret;
    const created = await client.post(`/api/orgs/${orgId}/connections`, {
      providerId: 'stripe',
      environment: 'sandbox',
      credentials: { secretKey: GOOD_TEST_KEY },
    });
    expect(created.status).toBe(201);
    connectionId = created.body.id;
  });
  afterAll(async () => {
    await test?.close();
    await stripe?.close();
    await receiver?.close();
  });

  it('is healthy when connected, with its next check one interval away, and the receiver is told, signed', async () => {
    const fresh = await connection();
    expect(fresh).toMatchObject({ health: 'healthy', lastSuccessAt: fresh.lastCheckedAt });
    const wait = Date.parse(fresh.nextCheckAt) - Date.parse(fresh.lastCheckedAt);
    expect(wait).toBeGreaterThanOrEqual(0.9 * INTERVAL_MS);
    expect(wait).toBeLessThanOrEqual(1.1 * INTERVAL_MS);
    const [event] = await eventually(
      'connection.created',
      () => received('connection.created')[0] && received('connection.created'),
    );
    expect(event!.verified).toBe(true);
    expect(event!.event).toMatchObject({
      id: expect.stringMatching(/^evt_/),
      type: 'connection.created',
      orgId,
      data: { connection: { id: connectionId, providerId: 'stripe', health: 'healthy' } },
    });
    expect(JSON.stringify(event!.event)).not.toContain(GOOD_TEST_KEY);
  });

  it('asks for a reconnect on the next cycle once Stripe rejects the key, and recovers when it accepts it again', async () => {
    stripe.mode = 'reject';
    const broken = await eventually('needs_reconnect', async () => {
      const c = await connection();
      return c.health === 'needs_reconnect' ? c : undefined;
    });
    expect(broken.lastVerification).toMatchObject({ ok: false, reason: 'invalid_credentials' });
    const [told] = await eventually('connection.needs_reconnect webhook', () =>
      received('connection.needs_reconnect').length > 0 ? received('connection.needs_reconnect') : undefined,
    );
    expect(told!.verified).toBe(true);
    expect(told!.event.data).toMatchObject({
      previousHealth: 'healthy',
      reason: 'invalid_credentials',
      connection: { health: 'needs_reconnect' },
    });
    stripe.mode = 'accept';
    await eventually('recovered', async () => ((await connection()).health === 'healthy' ? true : undefined));
    await eventually('connection.recovered webhook', () =>
      received('connection.recovered').length > 0 ? true : undefined,
    );
    const history = (await client.get(`/api/orgs/${orgId}/connections/${connectionId}/events`)).body.items;
    expect(history.map((e: Json) => e.type)).toEqual(['created', 'needs_reconnect', 'recovered']);
    expect(history[1]).toMatchObject({ ok: false, reason: 'invalid_credentials', actor: { type: 'system' } });
  });

  it('degrades while Stripe is down, retrying with growing delays, and recovers with one webhook each way', async () => {
    const recoveredBefore = received('connection.recovered').length;
    const lastSuccess = (await connection()).lastSuccessAt;
    stripe.mode = 'down';
    // Each failed check schedules the next one; collect the delays it chose.
    const delays = new Map<string, number>();
    await eventually('three failed checks', async () => {
      const c = await connection();
      if (c.health === 'degraded' && c.lastVerification?.ok === false)
        delays.set(c.lastCheckedAt, Date.parse(c.nextCheckAt) - Date.parse(c.lastCheckedAt));
      return delays.size >= 3 ? true : undefined;
    });
    const waits = [...delays.values()];
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(waits[2]).toBeGreaterThan(waits[1]!);
    expect(Math.max(...waits)).toBeLessThanOrEqual(1.1 * INTERVAL_MS);
    const degraded = await connection();
    expect(degraded).toMatchObject({
      lastSuccessAt: lastSuccess,
      lastVerification: { reason: 'provider_unavailable' },
    });
    stripe.mode = 'accept';
    await eventually('healthy again', async () =>
      (await connection()).health === 'healthy' ? true : undefined,
    );
    await eventually('connection.recovered webhook', () =>
      received('connection.recovered').length > recoveredBefore ? true : undefined,
    );
    expect(received('connection.degraded').map((r) => r.event.data)).toEqual([
      expect.objectContaining({ previousHealth: 'healthy', reason: 'provider_unavailable' }),
    ]);
    expect(received('connection.recovered').at(-1)!.event.data).toMatchObject({ previousHealth: 'degraded' });
  });

  it("delivers every event once here, in the order of the connection's changes", () => {
    const types = receiver.received
      .filter((r) => JSON.stringify(r.event).includes(connectionId))
      .map((r) => r.event.type);
    expect(types).toEqual([
      'connection.created',
      'connection.needs_reconnect',
      'connection.recovered',
      'connection.degraded',
      'connection.recovered',
    ]);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(new Set(receiver.received.map((r) => r.event.id)).size).toBe(receiver.received.length);
  });

  it("checks on the organisation's own interval once it sets one", async () => {
    const patched = await client.patch(`/api/orgs/${orgId}`, { checkInterval: '1m' });
    expect(patched.body.checkInterval).toBe('1m');
    expect((await client.patch(`/api/orgs/${orgId}`, { checkInterval: '30s' })).body.error.fields).toEqual([
      { path: '/checkInterval', message: expect.stringContaining('1 minute') },
    ]);
    const before = (await connection()).lastCheckedAt;
    const next = await eventually('a check on the new interval', async () => {
      const c = await connection();
      return c.lastCheckedAt !== before ? c : undefined;
    });
    const wait = Date.parse(next.nextCheckAt) - Date.parse(next.lastCheckedAt);
    expect(wait).toBeGreaterThanOrEqual(0.9 * 60_000);
    expect(wait).toBeLessThanOrEqual(1.1 * 60_000);
  });
});
