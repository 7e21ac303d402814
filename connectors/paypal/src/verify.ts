import { basicAuth, failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { PaypalCredentials } from './credentials.js';

interface TokenResponse {
  access_token?: string;
  token_type?: string;
  app_id?: string;
  scope?: string;
  expires_in?: number;
}

interface OAuthError {
  error?: string;
  error_description?: string;
}

const OTHER = { sandbox: 'Live', live: 'Sandbox' } as const;

/**
 * Checks a PayPal REST app with the OAuth 2.0 client-credentials call `POST /v1/oauth2/token`,
 * on the sandbox or live host. The token is not kept. PayPal answers credentials from the other
 * environment with the same 401 as wrong ones, so the message says to check both.
 */
export const verify: VerifyHook<PaypalCredentials> = async ({ credentials, environment }, ctx) => {
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
    const scopes = token.scope?.split(' ').filter(Boolean) ?? [];
    return success({
      id: token.app_id,
      livemode: environment === 'live',
      payoutsEnabled: scopes.some((scope) => scope.endsWith('/services/payments/payouts')),
    });
  }

  const body = await readJson<OAuthError>(response);
  if (response.status === 401 || (response.status === 400 && body?.error === 'invalid_client')) {
    return failure(
      'invalid_credentials',
      `PayPal refused the Client ID and Secret (${body?.error_description ?? body?.error ?? 'unauthorized'}). Check that both come from the same app on the ${environment === 'live' ? 'Live' : 'Sandbox'} tab, not the ${OTHER[environment]} tab`,
      { fields: ['clientId', 'clientSecret'] },
    );
  }
  return unexpectedStatus('PayPal', response.status);
};
