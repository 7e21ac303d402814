import type { ProviderEntry, ProviderQuery, Registry } from '@paycore/registry';
import { DEFAULT_LIMIT, type DirectoryQuery } from '../schemas/providers.js';
import { type CachedBody, cacheBody } from './cached-body.js';
import { createProviderSearch } from './provider-search.js';

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

/** A comma-separated list of codes, upper-cased for currencies and countries. */
function codes(value: string, upper = false): string[] {
  const list = value
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  return [...new Set(upper ? list.map((code) => code.toUpperCase()) : list)].sort();
}

/**
 * Pages are serialized (and gzipped) once per distinct query and kept: the registry does not
 * change while the host runs. The unfiltered directory is built at start so even the first
 * request answers from memory. With `q`, the filtered directory is ordered by the search's
 * ranking instead of the directory's order.
 */
export function createDirectoryCache(registry: Registry): DirectoryCache {
  const cache = new Map<string, CachedBody>();
  const search = createProviderSearch(registry.providers);
  const page = (query: DirectoryQuery): CachedBody => {
    const filter: ProviderQuery = {};
    if (query.status !== undefined) filter.status = query.status;
    if (query.paymentMethod !== undefined) filter.paymentMethod = codes(query.paymentMethod);
    if (query.payoutMethod !== undefined) filter.payoutMethod = codes(query.payoutMethod);
    if (query.currency !== undefined) filter.currency = codes(query.currency, true);
    if (query.country !== undefined) filter.country = codes(query.country, true);
    if (query.direction !== undefined) filter.direction = query.direction;
    const q = query.q?.trim() ?? '';
    const offset = query.offset ?? 0;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const key = JSON.stringify([
      q,
      offset,
      limit,
      ...Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : 1)),
    ]);
    let body = cache.get(key);
    if (!body) {
      const ranked = q === '' ? undefined : search.rank(q);
      let total: number;
      let items: ProviderEntry[];
      if (ranked === undefined) {
        ({ total, items } = registry.query({ ...filter, offset, limit }));
      } else {
        const allowed = new Set(registry.query(filter).items.map((entry) => entry.id));
        const hits = ranked.filter((id) => allowed.has(id));
        total = hits.length;
        items = hits.slice(offset, offset + limit).map((id) => registry.get(id)!);
      }
      body = cacheBody({ total, offset, limit, items: items.map(directoryItem) });
      if (cache.size >= MAX_CACHED_QUERIES) cache.delete(cache.keys().next().value as string);
      cache.set(key, body);
    }
    return body;
  };
  page({});
  return { page };
}
