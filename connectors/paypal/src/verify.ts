import { success, type VerifyHook } from '@paycore/core';
import type { PaypalCredentials } from './credentials.js';
import { methodsFromScope } from './methods.js';
import { requestToken } from './token.js';

/**
 * Checks a PayPal REST app by asking for a client-credentials token (`POST /v1/oauth2/token`) on
 * the sandbox or live host. The token is not kept. The answer names the app (`app_id`) and the
 * scopes it was granted, from which payouts are read.
 */
export const verify: VerifyHook<PaypalCredentials> = async ({ credentials, environment }, ctx) => {
  const answer = await requestToken(credentials, environment, ctx);
  if (!answer.ok) return answer;
  return success({
    id: answer.token.app_id,
    livemode: environment === 'live',
    payoutsEnabled: methodsFromScope(answer.token.scope).payoutMethods.length > 0,
  });
};
