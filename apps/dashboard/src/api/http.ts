import createClient from 'openapi-fetch';
import { apiErrorFrom, networkError } from './client';
import type { paths } from './generated/schema';

/**
 * The host's API as typed by its OpenAPI document (`generated/schema.ts`, from `pnpm codegen`):
 * paths, parameters and answers are checked against the host's own routes. Relative URLs and
 * same-origin cookies only: the browser adds `Origin` to every write, which is what the host's
 * CSRF check asks of a session-cookie write. A body goes as JSON (openapi-fetch sets
 * `Content-Type: application/json` only when there is one).
 */
export const http = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
});

/** What an openapi-fetch call resolves to. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The answer's body, or the host's error as an {@link ApiError} (the same one shape every call
 * throws); a request that never got an answer is a `network_error`, unless it was aborted.
 */
export async function unwrap<T>(call: Promise<Answer<T>>, signal?: AbortSignal): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
  const { data, error, response } = answer;
  if (!response.ok)
    throw apiErrorFrom(response.status, error, new URL(response.url, location.origin).pathname);
  return data as T;
}
