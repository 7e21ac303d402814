import { countries, currencies, OVERLAY_SOURCE, paymentMethods, payoutMethods } from '@paycore/openfintech';
import type { Api } from '../http/api.js';
import type { AppDeps } from '../deps.js';
import { COUNTRIES, CURRENCIES, METHODS, METHODS_QUERY, type MethodsQuery } from '../schemas/providers.js';
import { type CachedBody, cacheBody, sendCached } from '../services/cached-body.js';

const CACHE_CONTROL = 'public, max-age=3600';

/** The vocabulary filters and forms use: methods (with provider counts), currencies, countries. */
export function registerVocabularyRoutes(api: Api, deps: AppDeps): void {
  const methods = new Map<boolean, CachedBody>();
  const methodsBody = (offered: boolean): CachedBody => {
    const cached = methods.get(offered);
    if (cached) return cached;
    const payment = new Map<string, number>();
    const payout = new Map<string, number>();
    for (const entry of deps.registry.providers) {
      for (const code of entry.paymentMethods) payment.set(code, (payment.get(code) ?? 0) + 1);
      for (const code of entry.payoutMethods) payout.set(code, (payout.get(code) ?? 0) + 1);
    }
    const keep = (counts: Map<string, number>) => (m: { code: string }) => !offered || counts.has(m.code);
    const body = cacheBody({
      paymentMethods: paymentMethods.filter(keep(payment)).map((m) => ({
        code: m.code,
        name: m.name,
        category: m.category,
        providers: payment.get(m.code) ?? 0,
        ...origin(m),
      })),
      payoutMethods: payoutMethods.filter(keep(payout)).map((m) => ({
        code: m.code,
        name: m.name,
        category: m.category,
        providers: payout.get(m.code) ?? 0,
        ...origin(m),
      })),
    });
    methods.set(offered, body);
    return body;
  };
  // How many providers of this directory offer each currency and country: the dashboard lists
  // the most offered first.
  const perCurrency = new Map<string, number>();
  const perCountry = new Map<string, number>();
  for (const entry of deps.registry.providers) {
    for (const code of entry.currencies) perCurrency.set(code, (perCurrency.get(code) ?? 0) + 1);
    for (const code of entry.countries) perCountry.set(code, (perCountry.get(code) ?? 0) + 1);
  }
  const currencyBody = cacheBody({
    items: currencies
      .filter((c) => c.iso4217)
      .map((c) => ({
        code: c.code,
        name: c.name,
        exponent: c.exponent,
        providers: perCurrency.get(c.code) ?? 0,
      })),
  });
  const countryBody = cacheBody({
    items: countries.map((c) => ({ code: c.code, name: c.name, providers: perCountry.get(c.code) ?? 0 })),
  });

  api.route<undefined, MethodsQuery>(
    {
      method: 'get',
      path: '/api/methods',
      operationId: 'listMethods',
      summary: 'Payment and payout methods (OpenFinTech codes) with how many providers offer each',
      description:
        '`offered=true` lists only the methods some provider of the directory offers (what filters and pages name); without it, the whole vocabulary.',
      tag: 'vocabulary',
      auth: 'none',
      query: METHODS_QUERY,
      responses: { 200: { description: 'Methods', schema: METHODS }, 304: { description: 'Not modified' } },
    },
    async ({ req, res, query }) => {
      sendCached(req, res, methodsBody(query.offered === true), CACHE_CONTROL);
      return undefined;
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/currencies',
      operationId: 'listCurrencies',
      summary: 'ISO 4217 currencies, with how many providers offer each',
      tag: 'vocabulary',
      auth: 'none',
      responses: {
        200: { description: 'Currencies', schema: CURRENCIES },
        304: { description: 'Not modified' },
      },
    },
    async ({ req, res }) => {
      sendCached(req, res, currencyBody, CACHE_CONTROL);
      return undefined;
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/countries',
      operationId: 'listCountries',
      summary: 'ISO 3166-1 countries, with how many providers serve each',
      tag: 'vocabulary',
      auth: 'none',
      responses: {
        200: { description: 'Countries', schema: COUNTRIES },
        304: { description: 'Not modified' },
      },
    },
    async ({ req, res }) => {
      sendCached(req, res, countryBody, CACHE_CONTROL);
      return undefined;
    },
  );
}

/** Where a method comes from: OpenFinTech, or PayCore's overlay with the page it is sourced from. */
function origin(method: { overlaySource?: string }) {
  return method.overlaySource === undefined
    ? { source: 'openfintech' }
    : { source: OVERLAY_SOURCE, sourceUrl: method.overlaySource };
}
