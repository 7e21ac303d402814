import { type ConnectEvent, parseConnectUrl, readMessage } from './messages.js';

export type { ConnectEvent, ConnectMessage } from './messages.js';
export { MESSAGE_SOURCE } from './messages.js';

/** How {@link openConnect} shows the flow. */
export interface ConnectOptions {
  /** The `url` your server got from `POST /api/orgs/:orgId/connect-sessions`. */
  url: string;
  /** A popup window, or an iframe inside `container`. */
  mode: 'popup' | 'iframe';
  /** Where the iframe goes (iframe mode). */
  container?: HTMLElement;
  /** Called with `ready`, `connected`, `closed` and `error`. */
  onEvent: (event: ConnectEvent) => void;
  /** The iframe's height in CSS pixels (iframe mode; default 640). */
  height?: number;
  /** The window to work in; `window` by default (for tests and frames). */
  window?: Window;
}

/** An open flow. */
export interface ConnectHandle {
  /** Closes the popup or removes the iframe; `closed` is reported once. */
  close(): void;
}

const POPUP_FEATURES = 'popup=yes,width=520,height=720';
const POPUP_POLL_MS = 400;

/**
 * Opens a connect session's hosted page in a popup or an iframe and reports its events. Messages
 * are taken only from the page's own origin, from the window opened here, for this session; the
 * page in turn posts only to the session's `allowedOrigins`. Call it from a click handler, or the
 * browser blocks the popup (reported as `error` with code `popup_blocked`).
 */
export function openConnect(options: ConnectOptions): ConnectHandle {
  const { url, mode, onEvent } = options;
  const win = options.window ?? window;
  const target = parseConnectUrl(url);
  let frame: HTMLIFrameElement | undefined;
  let popup: Window | null = null;
  let poll: ReturnType<typeof setInterval> | undefined;
  let closed = false;

  const finish = (): void => {
    if (closed) return;
    closed = true;
    win.removeEventListener('message', listen);
    if (poll !== undefined) clearInterval(poll);
    frame?.remove();
    if (popup && !popup.closed) popup.close();
    onEvent({ type: 'closed' });
  };
  const listen = (message: MessageEvent): void => {
    const event = readMessage(message, target, popup ?? frame?.contentWindow ?? null);
    if (!event) return;
    if (event.type === 'closed') finish();
    else onEvent(event);
  };

  if (mode === 'iframe') {
    if (!options.container) throw new TypeError('openConnect: iframe mode needs a container element');
    frame = win.document.createElement('iframe');
    frame.src = url;
    frame.title = 'Connect a payment provider';
    frame.referrerPolicy = 'no-referrer';
    frame.style.cssText = `width:100%;height:${options.height ?? 640}px;border:0;display:block`;
    win.addEventListener('message', listen);
    options.container.appendChild(frame);
  } else if (mode === 'popup') {
    win.addEventListener('message', listen);
    popup = win.open(url, 'paycore-connect', POPUP_FEATURES);
    if (!popup) {
      win.removeEventListener('message', listen);
      closed = true;
      onEvent({
        type: 'error',
        code: 'popup_blocked',
        message: 'The browser blocked the popup: open the flow from a click, or use iframe mode',
      });
    } else {
      // A popup closed by the person sends no message: watch it.
      poll = setInterval(() => {
        if (popup?.closed) finish();
      }, POPUP_POLL_MS);
    }
  } else {
    throw new TypeError(`openConnect: mode must be "popup" or "iframe", not ${String(mode)}`);
  }
  return { close: finish };
}
