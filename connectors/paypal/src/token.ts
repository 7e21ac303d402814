import {
  basicAuth,
  type Environment,
  failure,
  readJson,
  unexpectedStatus,
  type VerifyContext,
  type VerifyFailure,
} from '@paycore/core';
import type { PaypalCredentials } from './credentials.js';

/** PayPal's answer to a client-credentials token request. */
export interface TokenResponse {
  access_token?: string;
  token_type?: string;
  app_id?: string;
  /** The scopes granted to the app, separated by spaces. */
  scope?: string;
  expires_in?: number;
}

interface OAuthError {
  error?: string;
  error_description?: string;
}

const TAB = { sandbox: 'Sandbox', live: 'Live' } as const;
const OTHER_TAB = { sandbox: 'Live', live: 'Sandbox' } as const;

/**
 * Asks PayPal for an access token with the OAuth 2.0 client-credentials call
 * `POST /v1/oauth2/token` on the environment's host, and answers the token response (never kept
 * beyond the hook) or the failure to report. PayPal answers credentials from the other environment
 * with the same 401 as wrong ones, so the message says to check both tabs.
 */
export async function requestToken(
  credentials: PaypalCredentials,
  environment: Environment,
  ctx: VerifyContext,
): Promise<{ ok: true; token: TokenResponse } | VerifyFailure> {
  const response = await ctx.fetch(`${ctx.baseUrl}/v1/oauth2/token`, {
    method: 'POST',
    headers: {
      authorization: basicAuth(credentials.clientId, credentials.clientSecret),
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const token = await readJson<TokenResponse>(response);
    if (!token?.access_token || token.token_type?.toLowerCase() !== 'bearer')
      return unexpectedStatus('PayPal', response.status);
    return { ok: true, token };
  }

  const body = await readJson<OAuthError>(response);
  if (response.status === 401 || (response.status === 400 && body?.error === 'invalid_client')) {
    return failure(
      'invalid_credentials',
      `PayPal refused the Client ID and Secret (${body?.error_description ?? body?.error ?? 'unauthorized'}). Check that both come from the same app on the ${TAB[environment]} tab, not the ${OTHER_TAB[environment]} tab`,
      { fields: ['clientId', 'clientSecret'] },
    );
  }
  return unexpectedStatus('PayPal', response.status);
}
