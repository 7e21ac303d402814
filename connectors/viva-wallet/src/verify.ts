import { basicAuth, failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { VivaWalletCredentials } from './credentials.js';

/** 200 from `POST /connect/token`. */
interface TokenResponse {
  access_token?: string;
  expires_in?: number;
  token_type?: string;
  scope?: string;
}

/** An OAuth 2.0 error answer (RFC 6749 §5.2), as Viva's IdentityServer gives it. */
interface OAuthError {
  error?: string;
  error_description?: string;
}

const ACCOUNT = { sandbox: 'demo', live: 'live' } as const;

/**
 * Checks Smart Checkout credentials with the OAuth 2.0 client-credentials request,
 * `POST /connect/token` on Viva's accounts host, which only issues a one-hour token (thrown away).
 * Viva documents no read-only call these credentials may make besides it: its wallet listing is a
 * beta for the demo environment only, on a host of its own, and the transaction lookup needs a real
 * transaction — so the token request is the whole check.
 */
export const verify: VerifyHook<VivaWalletCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/connect/token`, {
    method: 'POST',
    headers: {
      authorization: basicAuth(credentials.clientId, credentials.clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: 'grant_type=client_credentials',
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const token = await readJson<TokenResponse>(response);
    if (!token?.access_token || token.token_type?.toLowerCase() !== 'bearer') {
      return unexpectedStatus('Viva', response.status);
    }
    return success({ livemode: environment === 'live', scope: token.scope });
  }

  const body = await readJson<OAuthError>(response);
  if (response.status === 401 || (response.status === 400 && body?.error === 'invalid_client')) {
    return failure(
      'invalid_credentials',
      `Viva refused the Client ID and Client Secret${body?.error ? ` (${body.error})` : ''}. Copy both from Settings → API Access → Smart Checkout Credentials of your ${ACCOUNT[environment]} account`,
      { fields: ['clientId', 'clientSecret'] },
    );
  }
  if (response.status === 400 && body?.error === 'unauthorized_client') {
    return failure(
      'insufficient_permissions',
      'Viva knows these credentials but will not issue them a token for API calls: use the Smart Checkout credentials, not the ones of a plugin or POS',
      { fields: ['clientId'] },
    );
  }
  return unexpectedStatus('Viva', response.status);
};
