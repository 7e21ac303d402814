import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { AdyenCredentials } from './credentials.js';

interface PaymentMethodsResponse {
  paymentMethods?: { type?: string; name?: string }[];
}

/** Adyen's error envelope (`ServiceError` in the Checkout API). */
interface ServiceError {
  status?: number;
  errorCode?: string;
  message?: string;
  errorType?: string;
  pspReference?: string;
}

const CUSTOMER_AREA = { sandbox: 'test', live: 'live' } as const;

/**
 * Checks an Adyen API key and merchant account with `POST /paymentMethods` (Checkout API v72),
 * which only lists the payment methods the merchant account may offer. It is the cheapest call
 * that proves both values: a wrong key is refused with 401, and a merchant account the key's API
 * credential cannot use with 403 errorCode 901. Adyen API keys do not show their environment,
 * so a test key used in live is only caught by Adyen's 401.
 */
export const verify: VerifyHook<AdyenCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/paymentMethods`, {
    method: 'POST',
    headers: {
      'x-api-key': credentials.apiKey,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: JSON.stringify({ merchantAccount: credentials.merchantAccount }),
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const body = await readJson<PaymentMethodsResponse>(response);
    const methods = body?.paymentMethods;
    if (
      typeof body !== 'object' ||
      body === null ||
      Array.isArray(body) ||
      (methods !== undefined && !Array.isArray(methods))
    ) {
      return unexpectedStatus('Adyen', response.status);
    }
    return success({
      id: credentials.merchantAccount,
      name: credentials.merchantAccount,
      livemode: environment === 'live',
      paymentMethods: methods?.length ?? 0,
    });
  }

  const error = await readJson<ServiceError>(response);
  const area = CUSTOMER_AREA[environment];
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Adyen refused the API key (${error?.message ?? 'Unauthorized'}). Copy it again from your ${area} Customer Area; test and live keys are different, and a newly generated key replaces the old one after 24 hours`,
      { fields: ['apiKey'] },
    );
  }
  if (response.status === 403 && error?.errorCode === '901') {
    // A typo, the company account name instead of a merchant account, or an account the API
    // credential is not associated with all give this same answer: the value in the form is what
    // the merchant fixes, so the merchant account field is the one at fault.
    return failure(
      'invalid_credentials',
      `Adyen answered "Invalid Merchant Account" for ${credentials.merchantAccount}: enter a merchant account name, not the company account, exactly as the ${area} Customer Area shows it, and check under Developers → API credentials → Accounts that this API credential may use it`,
      { fields: ['merchantAccount'] },
    );
  }
  if (response.status === 403) {
    return failure(
      'insufficient_permissions',
      `The API key is valid but its API credential is missing a role (Adyen error ${error?.errorCode ?? '403'}: ${error?.message ?? 'Forbidden'}). In the ${area} Customer Area, open Developers → API credentials, select the credential and give it the Checkout webservice role`,
      { fields: ['apiKey'] },
    );
  }
  return unexpectedStatus('Adyen', response.status);
};
