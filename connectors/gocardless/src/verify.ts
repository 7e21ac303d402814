import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { GocardlessCredentials } from './credentials.js';

/** The API version every GoCardless request must name; the official SDKs pin the same one. */
export const GOCARDLESS_VERSION = '2015-07-06';

interface Creditor {
  id?: string;
  name?: string;
  country_code?: string | null;
  verification_status?: string;
}

interface CreditorList {
  creditors?: Creditor[];
}

interface GoCardlessError {
  error?: { message?: string; type?: string; errors?: { reason?: string; message?: string }[] };
}

const TOKEN_ENVIRONMENT = /^(sandbox|live)_/;
const DASHBOARD = {
  sandbox: 'manage-sandbox.gocardless.com',
  live: 'manage.gocardless.com',
} as const;

/**
 * Checks a GoCardless access token with `GET /creditors?limit=1`, a read that every token,
 * read-only included, may make, and reports the organisation's first creditor. Tokens start with
 * `sandbox_` or `live_`, so a token for the other environment is refused before any request.
 */
export const verify: VerifyHook<GocardlessCredentials> = async ({ credentials, environment }, ctx) => {
  const tokenEnvironment = TOKEN_ENVIRONMENT.exec(credentials.accessToken)?.[1];
  if (tokenEnvironment !== environment) {
    return failure(
      'wrong_environment',
      `This is a ${tokenEnvironment} access token; use a token starting with ${environment}_ from ${DASHBOARD[environment]} for the ${environment} environment`,
      { fields: ['accessToken'] },
    );
  }

  const response = await ctx.fetch(`${ctx.baseUrl}/creditors?limit=1`, {
    headers: {
      authorization: `Bearer ${credentials.accessToken}`,
      'gocardless-version': GOCARDLESS_VERSION,
      accept: 'application/json',
    },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const list = await readJson<CreditorList>(response);
    if (!Array.isArray(list?.creditors)) return unexpectedStatus('GoCardless', response.status);
    const creditor = list.creditors[0];
    return success({
      id: creditor?.id,
      name: creditor?.name,
      livemode: environment === 'live',
      country: creditor?.country_code ?? undefined,
      verificationStatus: creditor?.verification_status,
    });
  }

  const body = await readJson<GoCardlessError>(response);
  const reason = body?.error?.errors?.[0]?.reason;
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      reason === 'access_token_not_active'
        ? `GoCardless refused the access token: it has been disabled. Create a new one under Developers in ${DASHBOARD[environment]}`
        : `GoCardless refused the access token (${body?.error?.message ?? 'Unauthorized'}). Copy it again from ${DASHBOARD[environment]}; a revoked token cannot be restored`,
      { fields: ['accessToken'] },
    );
  }
  if (response.status === 403) {
    return failure(
      'insufficient_permissions',
      `The access token is valid but GoCardless does not let it read creditors (${reason ?? 'forbidden'}). Create a token with Read-only or Read-write access under Developers`,
      { fields: ['accessToken'] },
    );
  }
  return unexpectedStatus('GoCardless', response.status);
};
