import type { paths } from './generated/schema';
import { http, unwrap } from './http';
import type { CountryInfo, CurrencyInfo, MethodInfo, ProviderDetail, ProviderPage } from './types';

/** Filters of the directory, as the host takes them (lists comma-separated). */
export type ProviderQuery = NonNullable<paths['/api/providers']['get']['parameters']['query']>;

/** One page of the directory. */
export function listProviders(query: ProviderQuery, signal?: AbortSignal): Promise<ProviderPage> {
  return unwrap(http.GET('/api/providers', { params: { query }, signal }), signal);
}

/** A provider's overview: services, environments, connect form and manual. */
export function getProvider(providerId: string, signal?: AbortSignal): Promise<ProviderDetail> {
  return unwrap(
    http.GET('/api/providers/{providerId}', { params: { path: { providerId } }, signal }),
    signal,
  );
}

/** The vocabulary the directory filters and pages name things with. */
export interface Vocabulary {
  paymentMethods: MethodInfo[];
  payoutMethods: MethodInfo[];
  currencies: CurrencyInfo[];
  countries: CountryInfo[];
}

let vocabulary: Promise<Vocabulary> | undefined;

/** Loads methods, currencies and countries once per page load; they change only with a deploy. */
export function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetchVocabulary().catch((error: unknown) => {
    vocabulary = undefined;
    throw error;
  });
  return vocabulary;
}

async function fetchVocabulary(): Promise<Vocabulary> {
  const [methods, currencies, countries] = await Promise.all([
    // Only methods some provider offers: the full vocabulary is ten times larger and names nothing shown.
    unwrap(http.GET('/api/methods', { params: { query: { offered: true } } })),
    unwrap(http.GET('/api/currencies')),
    unwrap(http.GET('/api/countries')),
  ]);
  return {
    paymentMethods: methods.paymentMethods,
    payoutMethods: methods.payoutMethods,
    currencies: currencies.items,
    countries: countries.items,
  };
}
