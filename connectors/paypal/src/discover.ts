import type { DiscoverHook } from '@paycore/core';
import type { PaypalCredentials } from './credentials.js';
import { methodsFromScope } from './methods.js';
import { requestToken } from './token.js';

/**
 * Reads what the REST app may do from the scopes of a client-credentials token — the one answer
 * about the account PayPal documents for these credentials (its user-info call needs the
 * merchant's consent). The token request changes nothing in the account; the token is dropped.
 * PayPal names no currencies for the account here, so none are reported.
 */
export const discover: DiscoverHook<PaypalCredentials> = async ({ credentials, environment }, ctx) => {
  const answer = await requestToken(credentials, environment, ctx);
  if (!answer.ok) return answer;
  return methodsFromScope(answer.token.scope);
};
