import { api, queryString } from './client';
import type { CountryInfo, CurrencyInfo, MethodInfo, ProviderDetail, ProviderPage } from './types';

/** Filters of the directory, as the host takes them. */
export interface ProviderQuery {
  q?: string;
  status?: string;
  direction?: string;
  /** Lists are comma-separated; any of their codes matches. */
  paymentMethod?: string;
  payoutMethod?: string;
  currency?: string;
  country?: string;
  offset?: number;
  limit?: number;
}

/** One page of the directory. */
export function listProviders(query: ProviderQuery, signal?: AbortSignal): Promise<ProviderPage> {
  return api.get<ProviderPage>(`/api/providers${queryString({ ...query })}`, signal);
}

export function getProvider(id: string, signal?: AbortSignal): Promise<ProviderDetail> {
  return api.get<ProviderDetail>(`/api/providers/${encodeURIComponent(id)}`, signal);
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
    api.get<{ paymentMethods: MethodInfo[]; payoutMethods: MethodInfo[] }>('/api/methods?offered=true'),
    api.get<{ items: CurrencyInfo[] }>('/api/currencies'),
    api.get<{ items: CountryInfo[] }>('/api/countries'),
  ]);
  return {
    paymentMethods: methods.paymentMethods,
    payoutMethods: methods.payoutMethods,
    currencies: currencies.items,
    countries: countries.items,
  };
}
