/**
 * Who does things: a signed-in user, an organisation API key, the host itself (scheduled checks),
 * or a platform's end user through a connect session (the id is the session's).
 */
export const ACTOR_TYPES = ['user', 'api_key', 'system', 'connect_session'] as const;

/** Who did something. */
export interface Actor {
  type: (typeof ACTOR_TYPES)[number];
  id: string;
}

/** The host's scheduled checks, as history names them. */
export const SCHEDULED_CHECK: Actor = { type: 'system', id: 'scheduled-check' };

/** An actor from its stored type and id. */
export function storedActor(type: string, id: string): Actor {
  return { type: (ACTOR_TYPES as readonly string[]).includes(type) ? (type as Actor['type']) : 'user', id };
}

/** The current time as stored: ISO 8601 text, UTC, milliseconds. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Parses a JSON text column; `fallback` when it is null. */
export function parseJson<T>(text: unknown, fallback: T): T {
  return typeof text === 'string' ? (JSON.parse(text) as T) : fallback;
}
