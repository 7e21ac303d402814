/** The directory's filters; every one lives in the URL so a view can be shared. */
export interface DirectoryFilters {
  q: string;
  status: '' | 'ready' | 'not-ready';
  paymentMethod: string;
  payoutMethod: string;
  currency: string;
  country: string;
}

/** The filters' URL parameter names, in the order they appear in a shared link. */
export const FILTER_KEYS = ['q', 'status', 'paymentMethod', 'payoutMethod', 'currency', 'country'] as const;

export const EMPTY_FILTERS: DirectoryFilters = {
  q: '',
  status: '',
  paymentMethod: '',
  payoutMethod: '',
  currency: '',
  country: '',
};

/** Reads the filters from a URL's search part, ignoring unknown or malformed values. */
export function parseFilters(search: URLSearchParams): DirectoryFilters {
  const status = search.get('status') ?? '';
  return {
    q: (search.get('q') ?? '').slice(0, 100),
    status: status === 'ready' || status === 'not-ready' ? status : '',
    paymentMethod: code(search.get('paymentMethod')),
    payoutMethod: code(search.get('payoutMethod')),
    currency: code(search.get('currency')).toUpperCase(),
    country: code(search.get('country')).toUpperCase(),
  };
}

/** Writes the filters back into search parameters, leaving out the empty ones. */
export function filtersToSearch(filters: DirectoryFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = key === 'q' ? filters.q.trim() : filters[key];
    if (value !== '') search.set(key, value);
  }
  return search;
}

/** How many filters other than the search text are set, for the "Clear filters" affordance. */
export function activeFilterCount(filters: DirectoryFilters): number {
  return FILTER_KEYS.filter((key) => key !== 'q' && filters[key] !== '').length;
}

function code(value: string | null): string {
  const trimmed = (value ?? '').trim();
  return /^[A-Za-z0-9_.-]{1,64}$/.test(trimmed) ? trimmed : '';
}
