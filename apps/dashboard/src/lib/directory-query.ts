import type { ProviderQuery } from '../api/catalogue';

/** The directory's filters; every one lives in the URL so a view can be shared. */
export interface DirectoryFilters {
  q: string;
  status: '' | 'ready' | 'not-ready';
  /** Providers that take payments, make payouts, or either (''). */
  direction: '' | 'payment' | 'payout';
  /** Each list matches a provider with any of its codes; the filters together must all hold. */
  paymentMethod: string[];
  payoutMethod: string[];
  currency: string[];
  country: string[];
}

/** The filters' URL parameter names, in the order they appear in a shared link. */
export const FILTER_KEYS = [
  'q',
  'status',
  'direction',
  'paymentMethod',
  'payoutMethod',
  'currency',
  'country',
] as const;

const LIST_KEYS = ['paymentMethod', 'payoutMethod', 'currency', 'country'] as const;

/** The most codes one filter keeps (the host takes 50). */
const MAX_CODES = 50;

export const EMPTY_FILTERS: DirectoryFilters = {
  q: '',
  status: '',
  direction: '',
  paymentMethod: [],
  payoutMethod: [],
  currency: [],
  country: [],
};

/** Reads the filters from a URL's search part, ignoring unknown or malformed values. */
export function parseFilters(search: URLSearchParams): DirectoryFilters {
  const status = search.get('status') ?? '';
  const direction = search.get('direction') ?? '';
  return {
    q: (search.get('q') ?? '').slice(0, 100),
    status: status === 'ready' || status === 'not-ready' ? status : '',
    direction: direction === 'payment' || direction === 'payout' ? direction : '',
    paymentMethod: codes(search.get('paymentMethod')),
    payoutMethod: codes(search.get('payoutMethod')),
    currency: codes(search.get('currency'), /^[A-Z]{3}$/),
    country: codes(search.get('country'), /^[A-Z]{2}$/),
  };
}

/** Writes the filters back into search parameters (lists comma-separated), leaving out the empty ones. */
export function filtersToSearch(filters: DirectoryFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    const text = key === 'q' ? filters.q.trim() : Array.isArray(value) ? value.join(',') : value;
    if (text !== '') search.set(key, text);
  }
  return search;
}

/** How many filters other than the search text are set, for the "Clear filters" affordance. */
export function activeFilterCount(filters: DirectoryFilters): number {
  return FILTER_KEYS.filter((key) => key !== 'q' && filters[key].length > 0).length;
}

/** The filters as the host's `GET /api/providers` takes them. */
export function filtersToQuery(filters: DirectoryFilters): ProviderQuery {
  const query: ProviderQuery = {};
  if (filters.q.trim() !== '') query.q = filters.q.trim();
  if (filters.status !== '') query.status = filters.status;
  if (filters.direction !== '') query.direction = filters.direction;
  for (const key of LIST_KEYS) if (filters[key].length > 0) query[key] = filters[key].join(',');
  return query;
}

/** The valid codes of a comma-separated list; an ISO `shape` (upper-case) upper-cases them first. */
function codes(value: string | null, iso?: RegExp): string[] {
  const list = (value ?? '')
    .split(',')
    .map((code) => (iso ? code.trim().toUpperCase() : code.trim()))
    .filter((code) => (iso ?? /^[A-Za-z0-9_.-]{1,64}$/).test(code));
  return [...new Set(list)].slice(0, MAX_CODES);
}
