import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { RevolutCredentials } from './credentials.js';

/** The Merchant API version the request is written against. */
export const REVOLUT_API_VERSION = '2025-12-04';

/**
 * Checks a Revolut Merchant API secret key with `GET /api/locations`, which lists the merchant's
 * online locations and changes nothing. Sandbox and production keys look alike (`sk_…`), so the
 * environment is told by the host each one answers on: a key of the other environment is refused
 * with the same 401 as a wrong key.
 */
export const verify: VerifyHook<RevolutCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/api/locations`, {
    headers: {
      authorization: `Bearer ${credentials.secretKey}`,
      'revolut-api-version': REVOLUT_API_VERSION,
      accept: 'application/json',
    },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const locations = await readJson<unknown>(response);
    if (!Array.isArray(locations)) return unexpectedStatus('Revolut', response.status);
    return success({ livemode: environment === 'live' });
  }
  if (response.status === 401) {
    const where = environment === 'live' ? 'Revolut Business' : 'the Revolut Business Sandbox';
    return failure(
      'invalid_credentials',
      `Revolut refused the secret key: copy the Merchant API secret key again from ${where} (APIs → Merchant API); a key of the other environment is refused the same way`,
      { fields: ['secretKey'] },
    );
  }
  if (response.status === 403) {
    return failure(
      'insufficient_permissions',
      'Revolut forbids this secret key to read the merchant’s locations; check that the Merchant account is active and the key is the Merchant API secret key',
      { fields: ['secretKey'] },
    );
  }
  return unexpectedStatus('Revolut', response.status);
};
