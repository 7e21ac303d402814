import { type DiscoverHook, failure, readJson, unexpectedStatus } from '@paycore/core';
import { authFields, get, type P24Error } from './api.js';
import type { Przelewy24Credentials } from './credentials.js';
import { activeMethods, byCurrency, type P24PaymentMethod } from './methods.js';

interface MethodsAnswer extends P24Error {
  data?: unknown;
  responseCode?: unknown;
}

/** The currencies the connector offers; Przelewy24 lists methods for one currency per call. */
const CURRENCIES = ['PLN', 'EUR'] as const;

/**
 * Reads the account's active payment methods with `GET /api/v1/payment/methods/en`, once per
 * currency the connector offers. A currency Przelewy24 answers "Payment methods not found" (404)
 * for has no methods. Payouts are not read, so no payout list is returned.
 */
export const discover: DiscoverHook<Przelewy24Credentials> = async ({ credentials }, ctx) => {
  const found = new Map<string, Set<string>>();
  for (const currency of CURRENCIES) {
    const response = await get(ctx, `/api/v1/payment/methods/en?currency=${currency}`, credentials);
    const body = await readJson<MethodsAnswer>(response);
    if (response.status === 200 && Array.isArray(body?.data)) {
      found.set(currency, activeMethods(body.data as P24PaymentMethod[]));
      continue;
    }
    if (response.status === 404 && body?.responseCode === 404) continue;
    if ((response.status === 401 || response.status === 403) && typeof body?.error === 'string') {
      return failure(
        'invalid_credentials',
        'Przelewy24 refused the credentials while listing payment methods',
        {
          fields: authFields(credentials),
        },
      );
    }
    return unexpectedStatus('Przelewy24', response.status);
  }
  return { paymentMethods: byCurrency(found) };
};
