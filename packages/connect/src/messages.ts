/** What the connect flow tells the platform's page. */
export type ConnectEvent =
  | { type: 'ready' }
  | { type: 'connected'; connectionId: string; providerId: string; environment: 'sandbox' | 'live' }
  | { type: 'closed' }
  | { type: 'error'; code: string; message: string };

/** Marks every message of the connect page, so other messages on the window are never mistaken for one. */
export const MESSAGE_SOURCE = 'paycore-connect';

/** What the connect page posts: the event, the source mark and the session it belongs to. */
export interface ConnectMessage {
  source: typeof MESSAGE_SOURCE;
  sessionId: string;
  event: ConnectEvent;
}

/** Where a connect session's page lives: its origin and the session id in its path. */
export interface ConnectTarget {
  origin: string;
  sessionId: string;
}

/** The origin and session id of a session's `url` (`https://host/connect/cs_…#token`). */
export function parseConnectUrl(url: string): ConnectTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError('openConnect: url must be the absolute url of a connect session');
  }
  const match = /^\/connect\/([^/]+)$/.exec(parsed.pathname);
  if (!match || parsed.hash.length < 2)
    throw new TypeError('openConnect: url must be a connect session url (…/connect/<id>#<token>)');
  return { origin: parsed.origin, sessionId: decodeURIComponent(match[1]!) };
}

const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** The event a well-formed message carries, or undefined for anything else. */
function eventOf(value: unknown): ConnectEvent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const event = value as Record<string, unknown>;
  switch (event.type) {
    case 'ready':
    case 'closed':
      return { type: event.type };
    case 'connected':
      return text(event.connectionId) &&
        text(event.providerId) &&
        (event.environment === 'sandbox' || event.environment === 'live')
        ? {
            type: 'connected',
            connectionId: event.connectionId,
            providerId: event.providerId,
            environment: event.environment,
          }
        : undefined;
    case 'error':
      return text(event.code) && typeof event.message === 'string'
        ? { type: 'error', code: event.code, message: event.message }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * The connect event a `message` event carries, or undefined when it is not one to trust: it must
 * come from the connect page's origin, from the very window the SDK opened, for this session.
 */
export function readMessage(
  message: Pick<MessageEvent, 'origin' | 'source' | 'data'>,
  target: ConnectTarget,
  from: unknown,
): ConnectEvent | undefined {
  if (message.origin !== target.origin || from === null || message.source !== from) return undefined;
  const data = message.data as Partial<ConnectMessage> | null;
  if (typeof data !== 'object' || data === null) return undefined;
  if (data.source !== MESSAGE_SOURCE || data.sessionId !== target.sessionId) return undefined;
  return eventOf(data.event);
}
