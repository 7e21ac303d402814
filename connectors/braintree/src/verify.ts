import { basicAuth, failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { BraintreeCredentials } from './credentials.js';

/** The GraphQL query sent: `ping` answers "pong" to any valid key and reads nothing from the account. */
export const PING_QUERY = 'query { ping }';

/**
 * The API version Braintree's "Making API calls" guide sends. The header is required: without it
 * Braintree answers with the same AUTHENTICATION error as for a wrong key.
 */
export const BRAINTREE_VERSION = '2019-01-01';

interface GraphQLError {
  message?: string;
  extensions?: { errorClass?: string; errorType?: string; legacyCode?: string };
}

interface GraphQLResponse {
  data?: { ping?: string } | null;
  errors?: GraphQLError[];
  extensions?: { requestId?: string };
}

const DASHBOARD = { sandbox: 'Sandbox', live: 'Production' } as const;
const OTHER = { sandbox: 'Production', live: 'Sandbox' } as const;

/**
 * Checks a Braintree API key pair with the GraphQL query `{ ping }`. Braintree may report a
 * refused key either as HTTP 401 or as HTTP 200 with an `errors[].extensions.errorClass`, so the
 * body is read before the status is trusted. Keys carry no mark of their environment; sandbox keys
 * sent to production (or the reverse) are refused like wrong ones, which the message says.
 */
export const verify: VerifyHook<BraintreeCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      authorization: basicAuth(credentials.publicKey, credentials.privateKey),
      'braintree-version': BRAINTREE_VERSION,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: JSON.stringify({ query: PING_QUERY }),
    signal: ctx.signal,
  });
  const body = await readJson<GraphQLResponse>(response);
  const errorClass = body?.errors?.find((error) => error.extensions?.errorClass)?.extensions?.errorClass;

  if (response.status === 401 || errorClass === 'AUTHENTICATION') {
    return failure(
      'invalid_credentials',
      `Braintree refused the public and private key. Copy both again from Settings (gear icon) → API in the Braintree ${DASHBOARD[environment]} Control Panel; keys from the ${OTHER[environment]} Control Panel do not work here`,
      { fields: ['publicKey', 'privateKey'] },
    );
  }
  if (response.status === 403 || errorClass === 'AUTHORIZATION') {
    return failure(
      'insufficient_permissions',
      'Braintree accepted the keys but their user may not use the API: give the user who owns the API key a role with API access, or generate the key as an account admin',
      { fields: ['publicKey', 'privateKey'] },
    );
  }
  if (response.status === 426 || errorClass === 'UNSUPPORTED_CLIENT') {
    return failure(
      'misconfigured',
      `Braintree no longer accepts the API version this connector sends (${BRAINTREE_VERSION}); the connector needs updating`,
      { retryable: false },
    );
  }
  // Braintree reports these in the body of an HTTP 200, so the status alone would not show them.
  if (errorClass === 'RESOURCE_LIMIT')
    return failure('provider_unavailable', 'Braintree is rate-limiting requests; try again in a minute');
  if (errorClass === 'INTERNAL' || errorClass === 'SERVICE_AVAILABILITY') {
    return failure(
      'provider_unavailable',
      'Braintree reported an internal error or is unavailable; try again later',
    );
  }

  if (response.status === 200 && body?.data?.ping === 'pong' && !body.errors?.length) {
    return success({ livemode: environment === 'live' });
  }
  return unexpectedStatus('Braintree', response.status);
};
