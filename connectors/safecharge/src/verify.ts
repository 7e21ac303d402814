import { success, type VerifyHook } from '@paycore/core';
import { call } from './api.js';
import { classifyError } from './classify.js';
import type { SafechargeCredentials } from './credentials.js';

/**
 * Checks the merchant ID, site ID and secret key with Nuvei's `getSessionToken`, the call that
 * opens every REST session: Nuvei returns a session token only for a checksum made with the site's
 * secret key. A session token authorises nothing by itself and expires unused; the token is never
 * reported. Nuvei's credentials carry no mark of their environment, so none is checked in advance.
 */
export const verify: VerifyHook<SafechargeCredentials> = async ({ credentials, environment }, ctx) => {
  const { response, answer, clientRequestId } = await call(ctx, 'getSessionToken', credentials);
  if (
    response.status === 200 &&
    answer?.status === 'SUCCESS' &&
    typeof answer.sessionToken === 'string' &&
    answer.sessionToken.length > 0 &&
    answer.clientRequestId === clientRequestId
  ) {
    return success({
      id: credentials.merchantId,
      merchantSiteId: credentials.merchantSiteId,
      livemode: environment === 'live',
    });
  }
  return classifyError(response, answer);
};
