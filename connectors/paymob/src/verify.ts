import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { PaymobCredentials } from './credentials.js';

/** The answer of `POST /api/auth/tokens`: a token and the merchant's profile. */
interface TokenResponse {
  token?: string;
  profile?: { id?: number; company_name?: string };
}

/** Paymob's error body. */
interface ApiError {
  detail?: string;
  message?: string;
}

/**
 * Checks a Paymob API Key with the authentication request, `POST /api/auth/tokens`, on the
 * dashboard host of the merchant's region. It only issues a one-hour token (thrown away) and
 * returns the merchant profile. The same key serves Paymob's Test and Live modes, so the answer
 * cannot tell them apart: the environment the merchant chose is reported as it is.
 */
export const verify: VerifyHook<PaymobCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/api/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ api_key: credentials.apiKey }),
    signal: ctx.signal,
  });

  if (response.status === 200 || response.status === 201) {
    const answer = await readJson<TokenResponse>(response);
    if (!answer?.token || typeof answer.profile?.id !== 'number') {
      return unexpectedStatus('Paymob', response.status);
    }
    return success({
      id: String(answer.profile.id),
      name: answer.profile.company_name || undefined,
      livemode: environment === 'live',
    });
  }

  const body = await readJson<ApiError>(response);
  const detail = body?.detail ?? body?.message;
  if (response.status === 401 || response.status === 403) {
    return failure(
      'invalid_credentials',
      `Paymob refused the API Key${detail ? ` (${detail})` : ''}. Copy it again from Settings → Account Info on the ${credentials.region}.paymob.com dashboard, and check the region`,
      { fields: ['apiKey', 'region'] },
    );
  }
  return unexpectedStatus('Paymob', response.status);
};
