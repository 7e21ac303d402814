/** Who did something: a signed-in user, or an organisation API key. */
export interface Actor {
  type: 'user' | 'api_key';
  id: string;
}

/** The current time as stored: ISO 8601 text, UTC, milliseconds. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Parses a JSON text column; `fallback` when it is null. */
export function parseJson<T>(text: unknown, fallback: T): T {
  return typeof text === 'string' ? (JSON.parse(text) as T) : fallback;
}
