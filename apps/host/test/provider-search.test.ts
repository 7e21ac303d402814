import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from './support/client.js';
import { contractChecker } from './support/contract.js';
import { startTestHost, type TestHost } from './support/test-host.js';

/** Search over the real directory (every connector of the workspace plus OpenFinTech's providers). */
describe('directory search', () => {
  let test: TestHost;
  let client: TestClient;
  let matches: Awaited<ReturnType<typeof contractChecker>>;
  beforeAll(async () => {
    test = await startTestHost();
    client = test.client();
    matches = await contractChecker(client);
  });
  afterAll(() => test?.close());

  const search = async (query: string): Promise<string[]> => {
    const res = await client.get(`/api/providers?${query}`);
    expect(res.status).toBe(200);
    matches(res, 'listProviders');
    return res.body.items.map((p: { name: string }) => p.name);
  };

  it('puts the provider named exactly first, before those that mention it', async () => {
    const names = await search('q=paypal');
    expect(names[0]).toBe('PayPal');
    for (const other of ['Braintree', 'Mollie'].filter((name) => names.includes(name))) {
      expect(names.indexOf(other)).toBeGreaterThan(names.indexOf('PayPal'));
    }
    expect((await search('q=STRIPE'))[0]).toBe('Stripe');
  });

  it('forgives a typo', async () => {
    expect((await search('q=strpe'))[0]).toBe('Stripe');
    expect((await search('q=paypl'))[0]).toBe('PayPal');
  });

  it('ranks a name prefix before a word inside a name, and names before descriptions', async () => {
    const names = await search('q=pay');
    const prefix = names.findIndex((name) => !/^pay/i.test(name));
    // Every name starting with "Pay" comes before the first that does not.
    expect(names.slice(prefix).some((name) => /^pay/i.test(name))).toBe(false);
    const all = await client.get('/api/providers?q=cards');
    const items: { name: string; description: string }[] = all.body.items;
    const firstByDescription = items.findIndex((p) => !/cards?/i.test(p.name));
    expect(firstByDescription).toBeGreaterThan(0);
    expect(items.slice(firstByDescription).some((p) => /\bcards?\b/i.test(p.name))).toBe(false);
  });

  it('keeps every other filter, and pages the ranked list', async () => {
    expect(await search('q=stripe&status=not-ready')).not.toContain('Stripe');
    const ranked = await search('q=pay');
    const page = await search('q=pay&offset=2&limit=3');
    expect(page).toEqual(ranked.slice(2, 5));
  });

  it('takes several values of a filter, any of which matches', async () => {
    const uah = (await client.get('/api/providers?currency=UAH')).body.total;
    const pln = (await client.get('/api/providers?currency=pln')).body.total;
    const either = (await client.get('/api/providers?currency=UAH,PLN')).body.total;
    expect(either).toBeGreaterThanOrEqual(Math.max(uah, pln));
    expect(either).toBeLessThanOrEqual(uah + pln);
    const bad = await client.get('/api/providers?currency=UAH,,PLN&country=UA;PL');
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      '/query/country',
      '/query/currency',
    ]);
  });
});
