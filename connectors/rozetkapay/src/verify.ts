import { basicAuth, failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { RozetkapayCredentials } from './credentials.js';

interface RozetkaPayAnswer {
  status?: unknown;
  code?: unknown;
}

/** Merchant statuses of RozetkaPay's API that mean the keys are right but the account cannot take payments. */
const INACTIVE = new Set(['onboarding', 'blocked']);

const refused = () =>
  failure(
    'invalid_credentials',
    'RozetkaPay refused the login or the password. Copy both again from the credentials RozetkaPay gave you',
    { fields: ['login', 'password'] },
  );

/**
 * Checks RozetkaPay API keys with the call RozetkaPay documents for it, "Validate merchant keys"
 * (`GET /api/merchants/v1/me`, HTTP Basic with the login and password). It only reads. The answer
 * is `{ status: "activated" }` for working keys, or an error body whose `code` says why.
 */
export const verify: VerifyHook<RozetkapayCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/api/merchants/v1/me`, {
    headers: {
      authorization: basicAuth(credentials.login, credentials.password),
      accept: 'application/json',
    },
    signal: ctx.signal,
  });
  if (response.status === 429 || response.status >= 500)
    return unexpectedStatus('RozetkaPay', response.status);

  const body = await readJson<RozetkaPayAnswer>(response);
  if (response.status === 200) {
    if (body?.status === 'activated')
      return success({ id: credentials.login, livemode: environment === 'live' });
    if (typeof body?.status === 'string' && INACTIVE.has(body.status)) {
      return failure(
        'account_inactive',
        `RozetkaPay accepted the keys but the merchant is ${body.status === 'blocked' ? 'blocked' : 'still being onboarded'}; contact RozetkaPay support`,
      );
    }
    return unexpectedStatus('RozetkaPay', response.status);
  }
  // Errors carry the documented `code`; which HTTP status carries each one is not published.
  if (body?.code === 'authorization_failed') return refused();
  if (body?.code === 'access_not_allowed') {
    return failure(
      'insufficient_permissions',
      'RozetkaPay accepted the keys but does not allow them to read the merchant; ask RozetkaPay support to enable API access for this login',
      { fields: ['login'] },
    );
  }
  return unexpectedStatus('RozetkaPay', response.status);
};
