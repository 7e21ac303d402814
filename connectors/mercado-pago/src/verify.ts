import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { MercadoPagoCredentials } from './credentials.js';

/** The fields of `GET /users/me` the check reads. */
interface User {
  id?: number;
  nickname?: string;
  email?: string;
  site_id?: string;
  country_id?: string;
  company?: { brand_name?: string; corporate_name?: string } | null;
}

/** Mercado Pago's error envelope. */
interface ApiError {
  message?: string;
  error?: string;
  status?: number;
}

/** The currency of each Mercado Pago site (the marketplace an account belongs to). */
const SITE_CURRENCY: Readonly<Record<string, string>> = {
  MLA: 'ARS',
  MLB: 'BRL',
  MLC: 'CLP',
  MCO: 'COP',
  MLM: 'MXN',
  MPE: 'PEN',
  MLU: 'UYU',
};

/**
 * Checks an access token with `GET /users/me`, which only reads the profile of the account the
 * token belongs to. Test credentials (`TEST-…`) cannot take real payments, so one given for live is
 * refused before any request; `APP_USR-…` is not refused in the sandbox, because Mercado Pago also
 * issues it as the test credentials of test accounts.
 */
export const verify: VerifyHook<MercadoPagoCredentials> = async ({ credentials, environment }, ctx) => {
  if (environment === 'live' && credentials.accessToken.startsWith('TEST-')) {
    return failure(
      'wrong_environment',
      'This is a test Access Token (TEST-…); use the production credentials (APP_USR-…) for the live environment',
      { fields: ['accessToken'] },
    );
  }

  const response = await ctx.fetch(`${ctx.baseUrl}/users/me`, {
    headers: { authorization: `Bearer ${credentials.accessToken}`, accept: 'application/json' },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const user = await readJson<User>(response);
    if (typeof user?.id !== 'number') return unexpectedStatus('Mercado Pago', response.status);
    return success({
      id: String(user.id),
      name: user.company?.brand_name || user.company?.corporate_name || user.nickname,
      email: user.email,
      country: user.country_id?.toUpperCase(),
      defaultCurrency: user.site_id ? SITE_CURRENCY[user.site_id] : undefined,
      livemode: environment === 'live',
    });
  }

  const body = await readJson<ApiError>(response);
  const detail = body?.message ? ` (${body.message})` : '';
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Mercado Pago refused the Access Token${detail}. Copy it again from your application's credentials; it may have been renewed`,
      { fields: ['accessToken'] },
    );
  }
  if (response.status === 403) {
    return failure(
      'insufficient_permissions',
      `Mercado Pago accepted the Access Token but will not show its account${detail}`,
      { fields: ['accessToken'] },
    );
  }
  return unexpectedStatus('Mercado Pago', response.status);
};
