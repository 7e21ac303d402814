import type { DiscoverHook } from '@paycore/core';
import { fetchBalanceCurrencies } from './balance.js';
import type { PaystackCredentials } from './credentials.js';
import { manifest } from './manifest.js';
import { methodsInCurrencies } from './methods.js';

/**
 * Reads the currencies the integration holds with `GET /balance` and reports the connector's
 * payment and payout methods in those currencies. Paystack's API has no documented call that
 * lists an integration's enabled payment channels or says whether transfers are allowed, so the
 * currencies are the only thing read from the account.
 */
export const discover: DiscoverHook<PaystackCredentials> = async ({ credentials, environment }, ctx) => {
  const balances = await fetchBalanceCurrencies(credentials.secretKey, environment, ctx);
  if (!balances.ok) return balances;
  return {
    paymentMethods: methodsInCurrencies(manifest.paymentServices, balances.currencies),
    payoutMethods: methodsInCurrencies(manifest.payoutServices, balances.currencies),
  };
};
