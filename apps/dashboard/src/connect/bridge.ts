/** Marks the page's messages; the SDK (`@paycore/connect`) takes nothing without it. */
export const MESSAGE_SOURCE = 'paycore-connect';

/** What the page reports to the platform's page. */
export type BridgeEvent =
  | { type: 'ready' }
  | { type: 'connected'; connectionId: string; providerId: string; environment: string }
  | { type: 'closed' }
  | { type: 'error'; code: string; message: string };

/** How the page was opened: by the SDK in a popup or an iframe, or as a whole page (redirect). */
export type EmbedMode = 'popup' | 'iframe' | 'page';

/** The window that opened or frames the page, and so how it was opened. */
export function embedding(win: Window): { mode: EmbedMode; platform: Window | null } {
  if (win.opener && win.opener !== win) return { mode: 'popup', platform: win.opener as Window };
  if (win.parent !== win) return { mode: 'iframe', platform: win.parent };
  return { mode: 'page', platform: null };
}

/**
 * Posts an event to the platform's window, addressed to each of the session's allowed origins and
 * never to `*`: a window on any other origin receives nothing.
 */
export function postToPlatform(
  platform: Window | null,
  allowedOrigins: readonly string[],
  sessionId: string,
  event: BridgeEvent,
): void {
  if (!platform) return;
  for (const origin of allowedOrigins) {
    try {
      platform.postMessage({ source: MESSAGE_SOURCE, sessionId, event }, origin);
    } catch {
      // A closed opener throws; there is nobody to tell.
    }
  }
}
