import { basicAuth, failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { MpesaDarajaCredentials } from './credentials.js';

/** 200 from the Authorization API. */
interface TokenResponse {
  access_token?: string;
  expires_in?: string | number;
}

/** Daraja's error envelope. */
interface DarajaError {
  requestId?: string;
  errorCode?: string;
  errorMessage?: string;
}

/** Daraja's code for a Basic header it does not accept (wrong key or secret). */
const INVALID_AUTHENTICATION = '400.008.01';

const APP = { sandbox: 'sandbox app', live: 'production app' } as const;

/**
 * Checks a Daraja app's Consumer Key and Secret with the Authorization API,
 * `GET /oauth/v1/generate?grant_type=client_credentials`. Daraja documents no read-only call besides
 * it: every other API (balance, transaction status, STK query) needs a shortcode, an initiator or a
 * transaction and answers asynchronously, so the token request is the whole check. The token is
 * thrown away.
 */
export const verify: VerifyHook<MpesaDarajaCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/oauth/v1/generate?grant_type=client_credentials`, {
    headers: {
      authorization: basicAuth(credentials.consumerKey, credentials.consumerSecret),
      accept: 'application/json',
    },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const token = await readJson<TokenResponse>(response);
    if (!token?.access_token) return unexpectedStatus('Safaricom Daraja', response.status);
    return success({ livemode: environment === 'live' });
  }

  const body = await readJson<DarajaError>(response);
  if (response.status === 401 || (response.status === 400 && body?.errorCode === INVALID_AUTHENTICATION)) {
    return failure(
      'invalid_credentials',
      `Safaricom Daraja refused the Consumer Key and Secret${body?.errorMessage ? ` (${body.errorMessage})` : ''}. Copy both from the same ${APP[environment]} under My Apps`,
      { fields: ['consumerKey', 'consumerSecret'] },
    );
  }
  return unexpectedStatus('Safaricom Daraja', response.status);
};
