import { basicAuth, failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { PayoneerCredentials } from './credentials.js';

/** The scopes requested with the application token, as in the only client that names the call. */
export const TOKEN_SCOPE = 'read write';

interface TokenResponse {
  access_token?: string;
  token_type?: string;
  expires_in?: number;
  scope?: string;
}

interface OAuthError {
  error?: string;
  error_description?: string;
}

const PORTAL = { sandbox: 'sandbox', live: 'production' } as const;
const OTHER = { sandbox: 'production', live: 'sandbox' } as const;

/**
 * Checks a Payoneer API client with the OAuth 2.0 client-credentials call
 * `POST /api/v2/oauth2/token` on the sandbox or production login host. The token is not kept and
 * no second call is made, so the program ID is stored for later use but not checked here.
 * Payoneer documents only that its gateway answers 401 when authorization fails; any other answer
 * is reported as unavailable rather than guessed to be bad credentials.
 */
export const verify: VerifyHook<PayoneerCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/api/v2/oauth2/token`, {
    method: 'POST',
    headers: {
      authorization: basicAuth(credentials.clientId, credentials.clientSecret),
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: TOKEN_SCOPE }).toString(),
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const token = await readJson<TokenResponse>(response);
    if (!token?.access_token || token.token_type?.toLowerCase() !== 'bearer')
      return unexpectedStatus('Payoneer', response.status);
    return success({ livemode: environment === 'live', scope: token.scope });
  }

  const body = await readJson<OAuthError>(response);
  // RFC 6749 §5.2, which Payoneer's developer portal names for its OAuth2: invalid_client means
  // the client authentication failed; the two below mean the client is valid but not allowed.
  if (response.status === 401 || (response.status === 400 && body?.error === 'invalid_client')) {
    return failure(
      'invalid_credentials',
      `Payoneer refused the client ID and client secret. Check both, and that they are the ${PORTAL[environment]} pair, not the ${OTHER[environment]} one`,
      { fields: ['clientId', 'clientSecret'] },
    );
  }
  if (response.status === 400 && (body?.error === 'unauthorized_client' || body?.error === 'invalid_scope')) {
    return failure(
      'insufficient_permissions',
      `Payoneer accepted the client but will not issue it an application token (${body.error}); ask Payoneer to enable client-credentials access with the read and write scopes`,
      { fields: ['clientId'] },
    );
  }
  return unexpectedStatus('Payoneer', response.status);
};
