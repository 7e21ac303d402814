import type { AuthInfo } from '../http/auth.js';
import { ApiError } from '../http/errors.js';

/**
 * The one place that decides whether a caller may create an API key. Keys carry no role yet, so
 * a key cannot tell whether the key it would mint has more rights than its own: only a signed-in
 * member creates keys. When keys carry roles, this compares the new key's role with the caller's.
 */
export function assertMayCreateApiKey(auth: AuthInfo): void {
  if (auth.via === 'api_key')
    throw new ApiError(
      'forbidden',
      'An API key cannot create API keys; a signed-in member of the organisation can',
    );
}
