import type { ProviderEntry, ProviderQuery, Registry } from '@paycore/registry';
import { DEFAULT_LIMIT, type DirectoryQuery } from '../schemas/providers.js';
import { type CachedBody, cacheBody } from './cached-body.js';

/** The provider's logo URL on this host, or null. */
export function logoUrl(entry: ProviderEntry): string | null {
  return entry.logo ? `/api/providers/${encodeURIComponent(entry.id)}/logo` : null;
}

/** The first sentence of a description, at most 160 characters. */
export function shortDescription(text: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length <= 160 ? sentence : `${sentence.slice(0, 159).trimEnd()}…`;
}

/** The light directory item. */
export function directoryItem(entry: ProviderEntry): Record<string, unknown> {
  return {
    id: entry.id,
    name: entry.name,
    status: entry.status,
    description: shortDescription(entry.description),
    logoUrl: logoUrl(entry),
    paymentMethods: entry.paymentMethods.slice(0, 5),
    paymentMethodCount: entry.paymentMethods.length,
    payoutMethods: entry.payoutMethods.slice(0, 5),
    payoutMethodCount: entry.payoutMethods.length,
    countryCount: entry.countries.length,
    currencies: entry.currencies,
  };
}

/** Answers directory pages from memory. */
export interface DirectoryCache {
  /** The serialized page for a (validated) query; computed once per distinct query. */
  page(query: DirectoryQuery): CachedBody;
}

const MAX_CACHED_QUERIES = 1000;

/**
 * Pages are serialized (and gzipped) once per distinct query and kept: the registry does not
 * change while the host runs. The unfiltered directory is built at start so even the first
 * request answers from memory.
 */
export function createDirectoryCache(registry: Registry): DirectoryCache {
  const cache = new Map<string, CachedBody>();
  const page = (query: DirectoryQuery): CachedBody => {
    const filter: ProviderQuery = { offset: query.offset ?? 0, limit: query.limit ?? DEFAULT_LIMIT };
    if (query.status !== undefined) filter.status = query.status;
    if (query.q !== undefined && query.q.trim() !== '') filter.q = query.q.trim();
    if (query.paymentMethod !== undefined) filter.paymentMethod = query.paymentMethod;
    if (query.payoutMethod !== undefined) filter.payoutMethod = query.payoutMethod;
    if (query.currency !== undefined) filter.currency = query.currency.toUpperCase();
    if (query.country !== undefined) filter.country = query.country.toUpperCase();
    if (query.direction !== undefined) filter.direction = query.direction;
    const key = JSON.stringify(Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : 1)));
    let body = cache.get(key);
    if (!body) {
      const result = registry.query(filter);
      body = cacheBody({
        total: result.total,
        offset: filter.offset,
        limit: filter.limit,
        items: result.items.map(directoryItem),
      });
      if (cache.size >= MAX_CACHED_QUERIES) cache.delete(cache.keys().next().value as string);
      cache.set(key, body);
    }
    return body;
  };
  page({});
  return { page };
}
