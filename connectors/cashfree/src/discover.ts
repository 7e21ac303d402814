import { type DiscoverHook, readJson } from '@paycore/core';
import { type CashfreeError, request } from './api.js';
import type { CashfreeCredentials } from './credentials.js';
import { mapError } from './map-error.js';
import { type EligibilityEntity, paymentMethods } from './methods.js';

/**
 * The query of Cashfree's documented "Eligible Payment Methods - All" example: every method group,
 * for an order of ₹100. Eligibility depends on the amount; methods with a higher minimum (EMI, pay
 * later) have no vocabulary code, so this amount leaves out nothing the connector can report.
 */
export const ELIGIBILITY_QUERY = { queries: { amount: 100 } } as const;

/**
 * The customer-device headers Cashfree requires on this call to apply NPCI's rules. No customer is
 * paying here: PayCore asks from a server, so it names a desktop and the catch-all values.
 */
export const CLIENT_ENVIRONMENT = {
  'x-client-device': 'desktop',
  'x-client-os': 'others',
  'x-client-browser': 'others',
} as const;

/**
 * Reads the payment methods the account may offer with `POST /eligibility/payment_methods`
 * (Cashfree's Eligibility API). It is a POST but only answers a question — no order, payment or
 * anything else is created. Payment Gateway keys cannot read Payouts, a separate product with keys
 * of its own, so no payout methods are reported.
 */
export const discover: DiscoverHook<CashfreeCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await request(ctx, credentials, '/eligibility/payment_methods', {
    method: 'POST',
    body: ELIGIBILITY_QUERY,
    headers: CLIENT_ENVIRONMENT,
  });
  const body = await readJson<EligibilityEntity[] | CashfreeError>(response);
  if (response.status === 200 && Array.isArray(body)) {
    return { paymentMethods: paymentMethods(body), payoutMethods: [] };
  }
  return mapError(response, Array.isArray(body) ? undefined : body, environment);
};
