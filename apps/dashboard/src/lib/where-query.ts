import type { ServiceDirection } from '../api/types';

/** The question of "where can I take …", as it lives in the URL so the answer can be shared. */
export interface WhereQuery {
  direction: ServiceDirection | '';
  method: string;
  currency: string;
  country: string;
}

const KEYS = ['direction', 'method', 'currency', 'country'] as const;

export const EMPTY_WHERE: WhereQuery = { direction: '', method: '', currency: '', country: '' };

/**
 * Reads the question from a URL's search part; a malformed value is dropped rather than sent, so
 * a hand-edited link never turns into a 422.
 */
export function parseWhere(search: URLSearchParams): WhereQuery {
  const direction = search.get('direction') ?? '';
  const upper = (key: string, length: number) => {
    const value = (search.get(key) ?? '').trim().toUpperCase();
    return new RegExp(`^[A-Z]{${length}}$`).test(value) ? value : '';
  };
  const method = (search.get('method') ?? '').trim();
  return {
    direction: direction === 'payment' || direction === 'payout' ? direction : '',
    method: /^[A-Za-z0-9_.-]{1,100}$/.test(method) ? method : '',
    currency: upper('currency', 3),
    country: upper('country', 2),
  };
}

/** Writes the question back into search parameters, leaving out what is not asked. */
export function whereToSearch(query: WhereQuery): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of KEYS) if (query[key] !== '') search.set(key, query[key]);
  return search;
}
