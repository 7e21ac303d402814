import { useCallback, useEffect, useRef, useState } from 'react';
import { listProviders } from '../../api/catalogue';
import { type ApiError, asApiError } from '../../api/client';
import type { ProviderSummary } from '../../api/types';
import { type DirectoryFilters, filtersToQuery } from '../../lib/directory-query';

/** Cards fetched and rendered per page: enough to fill a wide screen, few enough to stay instant. */
export const PAGE_SIZE = 60;

/** The directory's results for a set of filters, fetched a page at a time. */
export interface DirectoryResults {
  items: ProviderSummary[];
  total: number | undefined;
  loading: boolean;
  error: ApiError | undefined;
  hasMore: boolean;
  loadMore: () => void;
  retry: () => void;
}

/**
 * Fetches the first page whenever the filters change (aborting the previous request so a slow
 * answer never replaces a newer one) and appends further pages on demand.
 */
export function useDirectory(filters: DirectoryFilters): DirectoryResults {
  const [items, setItems] = useState<ProviderSummary[]>([]);
  const [total, setTotal] = useState<number | undefined>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | undefined>();
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | undefined>(undefined);

  const fetchPage = useCallback(
    (offset: number) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setLoading(true);
      setError(undefined);
      const query = { ...filtersToQuery(filters), limit: PAGE_SIZE, offset };
      listProviders(query, current.signal)
        .then((page) => {
          if (current.signal.aborted) return;
          setTotal(page.total);
          setItems((previous) => (offset === 0 ? page.items : [...previous, ...page.items]));
        })
        .catch((cause: unknown) => {
          if (current.signal.aborted) return;
          setError(asApiError(cause));
        })
        .finally(() => {
          if (!current.signal.aborted) setLoading(false);
        });
    },
    [filters],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the first page on retry
  useEffect(() => {
    fetchPage(0);
    return () => controller.current?.abort();
  }, [fetchPage, attempt]);

  return {
    items,
    total,
    loading,
    error,
    hasMore: total !== undefined && items.length < total,
    loadMore: () => fetchPage(items.length),
    retry: () => setAttempt((value) => value + 1),
  };
}
