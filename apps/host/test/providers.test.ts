import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from './support/client.js';
import { contractChecker } from './support/contract.js';
import { startTestHost, type TestHost } from './support/test-host.js';

describe('the provider directory', () => {
  let test: TestHost;
  let client: TestClient;
  let matches: Awaited<ReturnType<typeof contractChecker>>;
  beforeAll(async () => {
    test = await startTestHost();
    client = test.client();
    matches = await contractChecker(client);
  });
  afterAll(() => test?.close());

  it('lists 650+ providers, ready first, with Stripe and PayPal ready', async () => {
    const res = await client.get('/api/providers');
    expect(res.status).toBe(200);
    matches(res, 'listProviders');
    expect(res.body.total).toBeGreaterThanOrEqual(650);
    expect(res.body.items).toHaveLength(res.body.total);
    const statuses = res.body.items.map((p: { status: string }) => p.status);
    expect(statuses.indexOf('not-ready')).toBe(statuses.lastIndexOf('ready') + 1);
    const byId = new Map(res.body.items.map((p: { id: string }) => [p.id, p]));
    expect(byId.get('stripe')).toMatchObject({
      status: 'ready',
      name: 'Stripe',
      logoUrl: '/api/providers/stripe/logo',
    });
    expect(byId.get('paypal')).toMatchObject({ status: 'ready' });
  });

  it('answers from memory with a strong ETag, 304 on If-None-Match, and gzip when accepted', async () => {
    const plain = await client.get('/api/providers', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const etag = plain.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await client.get('/api/providers', { headers: { 'if-none-match': etag } })).status).toBe(304);
    const response = await fetch(`${test.url}/api/providers`, { headers: { 'accept-encoding': 'gzip' } });
    // fetch decompresses (and asks for gzip by default); the raw bytes are read below.
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    const gzEtag = response.headers.get('etag')!;
    expect(gzEtag).not.toBe(etag);
    expect(JSON.parse(await response.text())).toEqual(plain.body);
    const { request } = await import('node:http');
    const raw = await new Promise<Buffer>((resolve, reject) => {
      request(`${test.url}/api/providers`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
      })
        .on('error', reject)
        .end();
    });
    expect(raw.length).toBeLessThan(Buffer.byteLength(plain.text) / 3);
    expect(gunzipSync(raw).toString()).toBe(plain.text);
  });

  it('filters by status, method, currency, country and text, and pages', async () => {
    const ready = await client.get('/api/providers?status=ready');
    expect(ready.body.items.every((p: { status: string }) => p.status === 'ready')).toBe(true);
    const cards = await client.get('/api/providers?status=ready&payoutMethod=bank_card&currency=usd');
    expect(cards.body.items.map((p: { id: string }) => p.id)).toContain('stripe');
    const country = await client.get('/api/providers?country=ua&q=pay');
    expect(country.body.total).toBeGreaterThan(0);
    const text = await client.get('/api/providers?q=stripe');
    expect(text.body.items[0].id).toBe('stripe');
    const page = await client.get('/api/providers?offset=10&limit=5');
    expect(page.body).toMatchObject({ offset: 10, limit: 5 });
    expect(page.body.items).toHaveLength(5);
    const all = await client.get('/api/providers');
    expect(page.body.items).toEqual(all.body.items.slice(10, 15));
  });

  it('refuses bad filters with field errors', async () => {
    const res = await client.get('/api/providers?limit=5000&status=maybe&colour=red');
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      '/query/colour',
      '/query/limit',
      '/query/status',
    ]);
    expect((await client.get('/api/providers?limit=ten')).status).toBe(422);
  });

  it('answers well-formed directory requests before express, exactly as express would', async () => {
    // The fast lane (http/fast-lane.ts) and the express route answer from the same cache.
    const path = '/api/providers?status=ready&currency=usd&limit=5';
    const fast = await client.get(path, { headers: { 'x-request-id': 'directory-probe-1' } });
    expect(fast.status).toBe(200);
    matches(fast, 'listProviders');
    for (const [name, value] of [
      ['x-request-id', 'directory-probe-1'],
      ['x-content-type-options', 'nosniff'],
      ['referrer-policy', 'same-origin'],
      ['x-frame-options', 'DENY'],
      ['cache-control', 'public, max-age=60'],
    ])
      expect(fast.headers.get(name!)).toBe(value);
    const line = test.logs.find((l) => l.includes('"reqId":"directory-probe-1"'));
    expect(JSON.parse(line!)).toMatchObject({ method: 'GET', path: '/api/providers', status: 200 });
    expect(line).not.toContain('currency');
    // A trailing slash is not the lane's: express answers it with the same page.
    const slash = await client.get('/api/providers/?status=ready&currency=usd&limit=5');
    expect(slash.status).toBe(200);
    expect(slash.body).toEqual(fast.body);
    expect(slash.headers.get('etag')).toBe(fast.headers.get('etag'));
    const head = await fetch(`${test.url}${path}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    // Repeated parameters and bodies go on to express, which refuses them with field errors.
    const twice = await client.get('/api/providers?status=ready&status=not-ready');
    expect(twice.status).toBe(422);
    expect(twice.body.error.fields[0].path).toBe('/query/status');
    // fetch will not send a GET body; node:http will. A non-JSON body is express's 415.
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(
        `${test.url}/api/providers`,
        { method: 'GET', headers: { 'content-type': 'text/plain', 'content-length': '3' } },
        (r) => {
          r.resume().on('end', () => resolve(r.statusCode));
        },
      )
        .on('error', reject)
        .end('abc');
    });
    expect(status).toBe(415);
  });

  it('gives the overview with named methods, environments, the connect form and the manual', async () => {
    const res = await client.get('/api/providers/stripe');
    expect(res.status).toBe(200);
    matches(res, 'getProvider');
    expect(res.body.paymentMethods).toContainEqual(
      expect.objectContaining({ code: 'payment_card', name: expect.any(String) }),
    );
    expect(res.body.paymentServices[0]).toMatchObject({
      method: 'payment_card',
      methodName: expect.any(String),
    });
    expect(res.body.environments).toEqual([
      {
        name: 'sandbox',
        label: 'Test mode',
        hosts: ['api.stripe.com'],
        keyPrefixes: { secretKey: ['sk_test_', 'rk_test_'], publishableKey: ['pk_test_'] },
      },
      {
        name: 'live',
        label: 'Live mode',
        hosts: ['api.stripe.com'],
        keyPrefixes: { secretKey: ['sk_live_', 'rk_live_'], publishableKey: ['pk_live_'] },
      },
    ]);
    expect(res.body.credentialForm).toMatchObject({
      version: 1,
      secretFields: ['secretKey'],
      schema: { properties: { secretKey: { writeOnly: true } } },
      uiSchema: { 'ui:order': ['secretKey', 'publishableKey', '*'], secretKey: { 'ui:widget': 'password' } },
    });
    expect(res.body.manual).toContain('## 2. Find your credentials');
    // The maintainers' notes stay in the README, not in the merchant's manual.
    expect(res.body.manual).not.toContain('For contributors');
    expect(res.body.manual).not.toContain('callback URL PayCore shows');
    const notReady = test.host.deps.registry.providers.find((p) => p.status === 'not-ready')!;
    const listed = await client.get(`/api/providers/${notReady.id}`);
    expect(listed.body).toMatchObject({ status: 'not-ready', credentialForm: null, manual: null });
    expect((await client.get('/api/providers/no-such-thing')).status).toBe(404);
  });

  it('serves logos with their type and caches them', async () => {
    const res = await fetch(`${test.url}/api/providers/stripe/logo`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(res.headers.get('cache-control')).toContain('max-age');
    expect((await res.text()).length).toBeGreaterThan(50);
    expect((await client.get('/api/providers/no-such-thing/logo')).status).toBe(404);
  });

  it('lists methods with provider counts, ISO 4217 currencies and countries', async () => {
    const methods = await client.get('/api/methods');
    matches(methods, 'listMethods');
    expect(methods.body.paymentMethods).toContainEqual(expect.objectContaining({ code: 'payment_card' }));
    const card = methods.body.paymentMethods.find((m: { code: string }) => m.code === 'payment_card');
    expect(card.providers).toBeGreaterThan(10);
    expect(card.source).toBe('openfintech');
    expect(methods.body.paymentMethods).toContainEqual(
      expect.objectContaining({
        code: 'pix',
        source: 'paycore-overlay',
        sourceUrl: expect.stringMatching(/^https:/),
      }),
    );
    const offered = await client.get('/api/methods?offered=true');
    matches(offered, 'listMethods');
    const counts = [...offered.body.paymentMethods, ...offered.body.payoutMethods].map(
      (m: { providers: number }) => m.providers,
    );
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(offered.body.payoutMethods.length).toBeLessThan(methods.body.payoutMethods.length / 5);
    expect(offered.body.paymentMethods).toContainEqual(expect.objectContaining({ code: 'payment_card' }));
    expect((await client.get('/api/methods?offered=maybe')).status).toBe(422);
    const currencies = await client.get('/api/currencies');
    matches(currencies, 'listCurrencies');
    const codes = currencies.body.items.map((c: { code: string }) => c.code);
    expect(codes).toContain('UAH');
    expect(codes).not.toContain('BTC');
    const usd = currencies.body.items.find((c: { code: string }) => c.code === 'USD');
    expect(usd.providers).toBeGreaterThan(10);
    const directory = await client.get('/api/providers?currency=USD');
    expect(usd.providers).toBe(directory.body.total);
    const countries = await client.get('/api/countries');
    matches(countries, 'listCountries');
    const ua = countries.body.items.find((c: { code: string }) => c.code === 'UA');
    expect(ua).toEqual({ code: 'UA', name: expect.any(String), providers: expect.any(Number) });
    expect(ua.providers).toBe((await client.get('/api/providers?country=UA')).body.total);
  });
});
