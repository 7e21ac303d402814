import { type DiscoverHook, unexpectedStatus } from '@paycore/core';
import { signedGet, succeeded } from './api.js';
import { classifyError } from './classify.js';
import type { RapydCredentials } from './credentials.js';
import { paymentMethods, type RapydPaymentMethodType } from './methods.js';

/**
 * The countries read, one for each currency of the connector's payment services (USD, EUR, DKK,
 * MXN, PHP). Rapyd lists payment methods per country only, and reading each of its 100+ countries
 * would take over a hundred calls; these keep discover to a few.
 */
const DISCOVER_COUNTRIES = ['US', 'IT', 'DK', 'MX', 'PH'] as const;

/**
 * Reads the payment methods available to the account with Rapyd's List Payment Methods by Country
 * (`GET /v1/payment_methods/countries/{country}`), a signed read-only call per country of
 * {@link DISCOVER_COUNTRIES}. Payout methods are another API (Rapyd Disburse) and are not read, so
 * the host keeps the connector's payouts.
 */
export const discover: DiscoverHook<RapydCredentials> = async ({ credentials, environment }, ctx) => {
  const answers = await Promise.all(
    DISCOVER_COUNTRIES.map((country) =>
      signedGet<RapydPaymentMethodType[]>(ctx, credentials, `/v1/payment_methods/countries/${country}`),
    ),
  );
  const listed: RapydPaymentMethodType[] = [];
  for (const { response, answer } of answers) {
    if (!succeeded(response, answer)) return classifyError(response, answer, environment);
    if (!Array.isArray(answer?.data)) return unexpectedStatus('Rapyd', response.status);
    listed.push(...answer.data);
  }
  return { paymentMethods: paymentMethods(listed) };
};
