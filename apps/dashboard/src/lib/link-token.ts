import { useEffect, useState } from 'react';

/**
 * The token of an e-mailed link (`/reset-password#token=…`), read as the page opens and then taken
 * out of the address bar and the tab's history, so it is not left where someone looking at the
 * screen, a bookmark or a shared screenshot could take it. The fragment is never sent to a server;
 * links of the earlier `?token=` form are still read.
 */
export function useLinkToken(): string {
  const [token] = useState(
    () =>
      tokenInFragment(window.location.hash) ?? new URLSearchParams(window.location.search).get('token') ?? '',
  );
  useEffect(() => {
    if (token) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, [token]);
  return token;
}

/** The `token` of a link's fragment (`#token=…`), or undefined. */
export function tokenInFragment(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? undefined;
}
