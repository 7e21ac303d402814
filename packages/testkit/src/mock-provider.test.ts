import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockProvider, type MockProvider } from './mock-provider.js';

describe('createMockProvider', () => {
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await createMockProvider();
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.reset());

  it('answers a route and records the request as sent, JSON body parsed', async () => {
    mock.on('POST', '/v1/things', (request) => ({ status: 201, body: { got: request.json } }));
    const response = await fetch(`${mock.origin}/v1/things?expand=a&limit=1`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_test_x', 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 5 }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ got: { amount: 5 } });
    expect(mock.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/v1/things',
        query: { expand: 'a', limit: '1' },
        body: '{"amount":5}',
        json: { amount: 5 },
        form: undefined,
        headers: expect.objectContaining({ authorization: 'Bearer sk_test_x' }),
      }),
    ]);
  });

  it('parses form bodies and falls back to 404 for unknown routes', async () => {
    const response = await fetch(`${mock.origin}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(404);
    expect(mock.requests[0]?.form).toEqual({ grant_type: 'client_credentials' });
  });

  it('uses the fallback for every unrouted request and forgets everything on reset', async () => {
    mock.fallback({ status: 503, body: 'down', headers: { 'retry-after': '1' } });
    const response = await fetch(`${mock.origin}/anything`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.text()).toBe('down');
    mock.reset();
    expect(mock.requests).toHaveLength(0);
    expect((await fetch(`${mock.origin}/anything`)).status).toBe(404);
  });

  it('can hang, so callers see their own timeout', async () => {
    mock.fallback({ status: 200, hang: true });
    const error = await fetch(`${mock.origin}/slow`, { signal: AbortSignal.timeout(200) }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('maps provider hosts to itself for egress overrides', () => {
    expect(mock.overridesFor(['api.stripe.com'])).toEqual({ 'https://api.stripe.com': mock.origin });
  });
});
