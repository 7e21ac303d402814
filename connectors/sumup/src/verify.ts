import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { SumupCredentials } from './credentials.js';

interface SumupAccount {
  merchant_profile?: {
    merchant_code?: unknown;
    company_name?: unknown;
    country?: unknown;
    address?: { country_details?: { currency?: unknown } };
  };
}

interface SumupError {
  error_code?: unknown;
  error_message?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Checks a SumUp secret API key with `GET /v0.1/me` ("Retrieve a profile"), which only reads the
 * account's profile. `include[]=country_details` adds the country's currency, the account's default
 * currency. Test and live accounts share one host and the key does not show which it belongs to,
 * so the environment only sets whether the connection is marked live.
 */
export const verify: VerifyHook<SumupCredentials> = async ({ credentials, environment }, ctx) => {
  const url = new URL('/v0.1/me', ctx.baseUrl);
  url.searchParams.append('include[]', 'country_details');
  const response = await ctx.fetch(url, {
    headers: { authorization: `Bearer ${credentials.apiKey}`, accept: 'application/json' },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const profile = (await readJson<SumupAccount>(response))?.merchant_profile;
    const id = text(profile?.merchant_code);
    if (!id) return unexpectedStatus('SumUp', response.status);
    const country = text(profile?.country);
    const currency = text(profile?.address?.country_details?.currency);
    return success({
      id,
      name: text(profile?.company_name),
      country: country?.toUpperCase(),
      defaultCurrency: currency?.toUpperCase(),
      livemode: environment === 'live',
    });
  }

  if (response.status === 401) {
    const error = await readJson<SumupError>(response);
    if (error?.error_code !== 'NOT_AUTHORIZED') return unexpectedStatus('SumUp', response.status);
    // SumUp answers a valid key of an application that may not read the profile with this message.
    if (error.error_message === 'NOT_AUTHORIZED') {
      return failure(
        'insufficient_permissions',
        'SumUp accepted the key but it may not read the merchant profile; create a new secret API key in the SumUp Dashboard and connect again',
        { fields: ['apiKey'] },
      );
    }
    return failure(
      'invalid_credentials',
      'SumUp refused the API key: it is unknown, revoked or mistyped. Copy the secret API key (sup_sk_…) again from the SumUp Dashboard',
      { fields: ['apiKey'] },
    );
  }
  return unexpectedStatus('SumUp', response.status);
};
