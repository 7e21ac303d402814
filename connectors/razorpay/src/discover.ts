import { basicAuth, type DiscoverHook, readJson, unexpectedStatus } from '@paycore/core';
import type { RazorpayCredentials } from './credentials.js';
import { mapError } from './map-error.js';
import { paymentMethods, type RazorpayMethods } from './methods.js';

/**
 * Reads the payment methods enabled on the account with `GET /v1/methods` (Razorpay's Methods
 * API, the list Checkout shows). Razorpay documents it with the Key Id alone — "Do not provide the
 * API key secret" — so the secret is not sent. Payouts (RazorpayX) are another product and
 * account, so none are reported.
 */
export const discover: DiscoverHook<RazorpayCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/v1/methods`, {
    headers: { authorization: basicAuth(credentials.keyId, ''), accept: 'application/json' },
    signal: ctx.signal,
  });
  if (response.status !== 200) return mapError(response, environment);
  const methods = await readJson<RazorpayMethods>(response);
  if (methods?.entity !== 'methods') return unexpectedStatus('Razorpay', response.status);
  return { paymentMethods: paymentMethods(methods), payoutMethods: [] };
};
