import createClient from 'openapi-fetch';
import { apiErrorFrom, networkError } from './client';
import type { paths } from './generated/schema';

/**
 * The host's API as typed by its OpenAPI document (`generated/schema.ts`, from `pnpm codegen`):
 * paths, parameters and answers are checked against the host's own routes.
 */
export const http = createClient<paths>({ credentials: 'same-origin' });

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
