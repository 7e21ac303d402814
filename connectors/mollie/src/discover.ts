import { type DiscoverHook, readJson, unexpectedStatus } from '@paycore/core';
import type { MollieCredentials } from './credentials.js';
import { mollieFailure } from './map-error.js';
import { PAYMENT_METHODS } from './methods.js';

/** The answer of `GET /v2/methods`, as far as discover reads it. */
interface MethodList {
  _embedded?: { methods?: { id?: string; status?: string | null }[] };
}

/**
 * Reads the payment methods a Mollie website profile has enabled with one
 * `GET /v2/methods?includeWallets=applepay` (Apple Pay is listed only when the checkout says it
 * supports it). Mollie answers for the key's mode: in live mode the methods Mollie has activated,
 * in test mode also those still pending, which take test payments. Without an `amount` filter
 * Mollie lists the methods that take euros and says nothing of other currencies, so none are
 * reported. The connector lists no payout methods.
 */
export const discover: DiscoverHook<MollieCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/v2/methods?includeWallets=applepay`, {
    headers: { authorization: `Bearer ${credentials.apiKey}`, accept: 'application/hal+json' },
    signal: ctx.signal,
  });
  if (response.status !== 200)
    return mollieFailure(response, environment, 'the payment methods of its website profile');
  const methods = (await readJson<MethodList>(response))?._embedded?.methods;
  if (!Array.isArray(methods)) return unexpectedStatus('Mollie', response.status);
  const listed = new Set(methods.map((method) => method.id));
  return {
    paymentMethods: Object.entries(PAYMENT_METHODS)
      .filter(([id]) => listed.has(id))
      .map(([, method]) => ({ method })),
    payoutMethods: [],
  };
};
