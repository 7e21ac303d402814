/** Where the page keeps a session's token for reloads of this tab only. */
const storageKey = (sessionId: string) => `paycore-connect:${sessionId}`;

/** The session id from the page's path (`/connect/:sessionId`). */
export function sessionIdFromPath(pathname: string): string | undefined {
  const match = /^\/connect\/([^/]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/**
 * Takes the token from the URL's fragment (where the session's `url` carries it: never sent to a
 * server or in a Referer), keeps it in this tab's sessionStorage for a reload, and replaces the
 * history entry so neither the address bar nor the history holds it any more.
 */
export function takeToken(
  location: Location,
  history: History,
  storage: Storage,
  sessionId: string,
): string | undefined {
  const fromHash = location.hash.replace(/^#/, '');
  if (fromHash) {
    try {
      storage.setItem(storageKey(sessionId), fromHash);
    } catch {
      // Storage may be refused (a sandboxed frame): the token still works until the page reloads.
    }
    history.replaceState(null, '', location.pathname);
    return fromHash;
  }
  try {
    return storage.getItem(storageKey(sessionId)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the token once the session is spent or unusable. */
export function forgetToken(storage: Storage, sessionId: string): void {
  try {
    storage.removeItem(storageKey(sessionId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}
