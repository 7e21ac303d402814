import {
  type Environment,
  failure,
  readJson,
  unexpectedStatus,
  type VerifyContext,
  type VerifyFailure,
} from '@paycore/core';
import type { PayuEuropeCredentials } from './credentials.js';

/** The provider's name in messages. */
export const PROVIDER = 'PayU';

/** The OAuth endpoint of PayU's REST API 2.1, the same path on both hosts. */
export const TOKEN_PATH = '/pl/standard/user/oauth/authorize';

/** 200 from the token endpoint: a bearer token valid for 43199 seconds. */
interface TokenAnswer {
  access_token?: unknown;
  token_type?: unknown;
  expires_in?: unknown;
  grant_type?: unknown;
}

/** PayU's 400 and 401 answers from the token endpoint (OAuth 2.0, RFC 6749 §5.2). */
interface OAuthError {
  error?: unknown;
  error_description?: unknown;
}

const PANEL = {
  sandbox: 'sandbox panel (secure.snd.payu.com)',
  live: 'production panel (secure.payu.com)',
} as const;

/** An OAuth error code as PayU sends it; anything else is not repeated to the merchant. */
const ERROR_CODE = /^[a-z_]{1,40}$/;

/**
 * The form body of the client-credentials request, fields in the order of PayU's documented
 * example and its PHP SDK. The credentials go in the body: PayU does not take Basic auth here.
 */
export function tokenRequestBody(
  credentials: Pick<PayuEuropeCredentials, 'clientId' | 'clientSecret'>,
): string {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
  }).toString();
}

/**
 * Exchanges the POS's OAuth keys for a bearer token. Returns the token, or the failure that PayU's
 * answer means; the token never leaves the hook. PayU documents a 401 without the form content
 * type, so the header is always sent.
 */
export async function requestToken(
  credentials: PayuEuropeCredentials,
  environment: Environment,
  ctx: VerifyContext,
): Promise<{ token: string } | VerifyFailure> {
  const response = await ctx.fetch(`${ctx.baseUrl}${TOKEN_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: tokenRequestBody(credentials),
    signal: ctx.signal,
  });
  const body = await readJson<TokenAnswer & OAuthError>(response);

  if (response.status === 200) {
    const bearer = typeof body?.token_type === 'string' && body.token_type.toLowerCase() === 'bearer';
    if (bearer && typeof body?.access_token === 'string' && body.access_token.length > 0) {
      return { token: body.access_token };
    }
    return unexpectedStatus(PROVIDER, response.status);
  }

  const error = typeof body?.error === 'string' && ERROR_CODE.test(body.error) ? body.error : undefined;
  // PayU answers 401 invalid_client for a client_id it does not know (e.g. sandbox keys sent to
  // production); its 401 always carries an OAuth error. RFC 6749 also allows 400 for invalid_client.
  if (
    (response.status === 401 && error !== undefined) ||
    (response.status === 400 && error === 'invalid_client')
  ) {
    return failure(
      'invalid_credentials',
      `${PROVIDER} refused the client_id and client_secret (${error}). Copy both from the POS's Configuration keys in the ${PANEL[environment]}: sandbox and production have separate accounts and keys`,
      { fields: ['clientId', 'clientSecret'] },
    );
  }
  if (response.status === 400 && error === 'unauthorized_client') {
    return failure(
      'insufficient_permissions',
      `${PROVIDER} knows these keys but will not issue them a standard (client_credentials) token: use the keys of a REST API (Checkout) POS`,
      { fields: ['clientId'] },
    );
  }
  return unexpectedStatus(PROVIDER, response.status);
}
