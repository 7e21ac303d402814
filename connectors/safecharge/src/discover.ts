import { type DiscoverHook, unexpectedStatus } from '@paycore/core';
import { call } from './api.js';
import { classifyError } from './classify.js';
import type { SafechargeCredentials } from './credentials.js';
import { type NuveiPaymentMethod, paymentMethods } from './methods.js';

/**
 * Reads the payment methods enabled on the merchant site with `getMerchantPaymentMethods`, after
 * opening a session with `getSessionToken` (the method needs one). Both calls only read. Nuvei's
 * answer covers deposits, so no payout list is returned and the host keeps the connector's payouts.
 */
export const discover: DiscoverHook<SafechargeCredentials> = async ({ credentials }, ctx) => {
  const session = await call(ctx, 'getSessionToken', credentials);
  const sessionToken = session.answer?.sessionToken;
  if (session.response.status !== 200 || session.answer?.status !== 'SUCCESS' || !sessionToken) {
    return classifyError(session.response, session.answer);
  }
  const { response, answer } = await call(ctx, 'getMerchantPaymentMethods', credentials, {
    sessionToken,
    languageCode: 'en',
  });
  if (response.status !== 200 || answer?.status !== 'SUCCESS') return classifyError(response, answer);
  const listed = (answer as { paymentMethods?: NuveiPaymentMethod[] }).paymentMethods;
  if (!Array.isArray(listed)) return unexpectedStatus('Nuvei', response.status);
  return { paymentMethods: paymentMethods(listed) };
};
