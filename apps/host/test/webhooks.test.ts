import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json, TestClient } from './support/client.js';
import { contractChecker } from './support/contract.js';
import { eventually } from './support/eventually.js';
import { startTestHost, type TestHost } from './support/test-host.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

const EVENTS = ['connection.created', 'connection.needs_reconnect'];

describe('webhook endpoints through the API', () => {
  let test: TestHost;
  let client: TestClient;
  let orgId: string;
  let matches: Awaited<ReturnType<typeof contractChecker>>;
  const base = () => `/api/orgs/${orgId}/webhooks`;

  beforeAll(async () => {
    test = await startTestHost();
    client = test.client();
    ({ orgId } = await client.signup());
    matches = await contractChecker(client);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('refuses URLs that are not https or point inside the network, and unknown events', async () => {
    for (const [url, message] of [
      ['http://hooks.example.com/paycore', 'must use https'],
      ['https://127.0.0.1/paycore', 'private'],
      ['https://10.0.0.8/paycore', 'private'],
      ['https://169.254.169.254/latest/meta-data', 'private'],
      ['https://[::1]/paycore', 'private'],
      ['https://localhost:8443/paycore', 'private'],
    ] as const) {
      const res = await client.post(base(), { url, events: EVENTS });
      expect(res.status, url).toBe(422);
      expect(res.body.error.fields, url).toEqual([
        { path: '/url', message: expect.stringContaining(message) },
      ]);
    }
    const events = await client.post(base(), {
      url: 'https://hooks.example.com/x',
      events: ['connection.exploded'],
    });
    expect(events.status).toBe(422);
    expect(events.body.error.fields[0].path).toBe('/events/0');
    expect((await client.post(base(), { url: 'https://hooks.example.com/x', events: [] })).status).toBe(422);
  });

  it('registers an endpoint and shows its secret once; lists, changes and deletes it', async () => {
    const created = await client.post(base(), {
      url: 'https://hooks.example.com/paycore',
      events: EVENTS,
      description: 'Back office',
    });
    expect(created.status).toBe(201);
    matches(created, 'createWebhook');
    const { webhook, secret } = created.body;
    expect(secret).toMatch(/^whsec_[\w-]{32}$/);
    expect(webhook).toMatchObject({
      url: 'https://hooks.example.com/paycore',
      events: EVENTS,
      enabled: true,
    });
    const list = await client.get(base());
    matches(list, 'listWebhooks');
    expect(list.body.items.map((w: Json) => w.id)).toEqual([webhook.id]);
    expect(list.text).not.toContain(secret);
    const patched = await client.patch(`${base()}/${webhook.id}`, {
      events: ['connection.degraded'],
      enabled: false,
    });
    matches(patched, 'updateWebhook');
    expect(patched.body).toMatchObject({ events: ['connection.degraded'], enabled: false });
    expect((await client.patch(`${base()}/${webhook.id}`, { url: 'http://hooks.example.com' })).status).toBe(
      422,
    );

    const rotated = await client.post(`${base()}/${webhook.id}/rotate-secret`);
    matches(rotated, 'rotateWebhookSecret');
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(secret);
    const grace = Date.parse(rotated.body.webhook.previousSecretUntil) - Date.now();
    expect(grace).toBeGreaterThan(23 * 3_600_000);
    expect((await client.get(`${base()}/${webhook.id}`)).text).not.toContain(rotated.body.secret);

    expect((await client.post(`${base()}/${webhook.id}/test`)).status).toBe(409);
    expect((await client.delete(`${base()}/${webhook.id}`)).status).toBe(204);
    expect((await client.get(`${base()}/${webhook.id}`)).status).toBe(404);
  });
});

describe('webhook deliveries and their log', () => {
  let test: TestHost;
  let client: TestClient;
  let receiver: WebhookReceiver;
  let orgId: string;
  let webhookId: string;
  let matches: Awaited<ReturnType<typeof contractChecker>>;
  const base = () => `/api/orgs/${orgId}/webhooks/${webhookId}`;
  const deliveries = async (): Promise<Json[]> => (await client.get(`${base()}/deliveries`)).body.items;
  const settled = (id: string, state: string) =>
    eventually(`a ${state} delivery of ${id}`, async () =>
      (await deliveries()).find((d) => d.eventId === id && d.state === state),
    );

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    test = await startTestHost({
      jobs: {
        workers: 2,
        webhooksAllowPrivate: true,
        webhookTimeoutMs: 1_000,
        webhookRetryBaseMs: 100,
        webhookRetryForMs: 1_500,
      },
    });
    client = test.client();
    ({ orgId } = await client.signup());
    matches = await contractChecker(client);
    const created = await client.post(`/api/orgs/${orgId}/webhooks`, { url: receiver.url, events: EVENTS });
    webhookId = created.body.webhook.id;
    receiver.secret = created.body.secret;
  });
  afterAll(async () => {
    await test?.close();
    await receiver?.close();
  });

  it('sends a signed test event and logs the attempt: status, latency and the answer', async () => {
    const sent = await client.post(`${base()}/test`);
    expect(sent.status).toBe(202);
    matches(sent, 'testWebhook');
    const delivery = await settled(sent.body.eventId, 'succeeded');
    expect(delivery.attempts).toEqual([
      expect.objectContaining({ attempt: 1, statusCode: 200, responseExcerpt: 'ok', error: null }),
    ]);
    expect(delivery.attempts[0].latencyMs).toBeGreaterThanOrEqual(0);
    matches({ status: 200, body: { items: [delivery] } } as never, 'listWebhookDeliveries');
    const got = receiver.received.find((r) => r.event.id === sent.body.eventId)!;
    expect(got.verified).toBe(true);
    expect(got.event).toMatchObject({ type: 'webhook.test', orgId, data: { webhookId } });
  });

  it('redelivers a delivery with the same event id', async () => {
    const [delivery] = await deliveries();
    const retried = await client.post(`${base()}/deliveries/${delivery.id}/retry`);
    expect(retried.status).toBe(202);
    await eventually('a second attempt', async () =>
      (await deliveries()).find(
        (d) => d.id === delivery.id && d.attempts.length === 2 && d.state === 'succeeded',
      ),
    );
    expect(receiver.received.filter((r) => r.event.id === delivery.eventId)).toHaveLength(2);
    expect((await client.post(`${base()}/deliveries/whd_missing/retry`)).status).toBe(404);
  });

  it('keeps signing with the old secret for a day after a rotation', async () => {
    const old = receiver.secret;
    await client.post(`${base()}/rotate-secret`);
    const sent = await client.post(`${base()}/test`);
    await settled(sent.body.eventId, 'succeeded');
    const got = receiver.received.find((r) => r.event.id === sent.body.eventId)!;
    expect(got.verified).toBe(true);
    expect(got.header.match(/v1=/g)).toHaveLength(2);
    expect(receiver.secret).toBe(old);
  });

  it('retries a failing endpoint with growing delays, logs each answer, then gives up and disables it', async () => {
    receiver.status = 500;
    const sent = await client.post(`${base()}/test`);
    const failed = await settled(sent.body.eventId, 'failed');
    expect(failed.attempts.length).toBeGreaterThanOrEqual(3);
    expect(failed.attempts.every((a: Json) => a.statusCode === 500 && a.responseExcerpt === 'broken')).toBe(
      true,
    );
    const times = [...failed.attempts].reverse().map((a: Json) => Date.parse(a.at));
    const gaps = times.slice(1).map((at, i) => at - times[i]!);
    expect(gaps.at(-1)).toBeGreaterThan(gaps[0]!);
    const endpoint = (await client.get(base())).body;
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('failed') });
    expect((await client.post(`${base()}/test`)).status).toBe(409);

    receiver.status = 200;
    expect((await client.patch(base(), { enabled: true })).body).toMatchObject({
      enabled: true,
      failingSince: null,
    });
    expect((await client.post(`${base()}/deliveries/${failed.id}/retry`)).status).toBe(202);
    await settled(sent.body.eventId, 'succeeded');
  });

  it('counts an endpoint that does not answer in time as a failed attempt', async () => {
    receiver.hang = true;
    const sent = await client.post(`${base()}/test`);
    const delivery = await eventually('a timed-out attempt', async () =>
      (await deliveries()).find((d) => d.eventId === sent.body.eventId && d.attempts.length > 0),
    );
    expect(delivery.attempts[0]).toMatchObject({ statusCode: null, error: 'No answer within 1 s' });
    receiver.hang = false;
    await settled(sent.body.eventId, 'succeeded');
  });
});
