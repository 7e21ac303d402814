import { basicAuth, failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { XenditCredentials } from './credentials.js';

interface XenditBalance {
  balance?: unknown;
}

interface XenditError {
  error_code?: string;
  message?: string;
}

const PREFIX = { sandbox: 'xnd_development_', live: 'xnd_production_' } as const;
const MODE = { sandbox: 'Test', live: 'Live' } as const;

/**
 * Checks a Xendit secret API key with `GET /balance`, which reads the cash balance and nothing else.
 * Test and live keys share one host and differ by prefix (`xnd_development_` / `xnd_production_`,
 * as Xendit's official Node SDK tells them apart), so a key of the other mode is refused before any
 * request.
 */
export const verify: VerifyHook<XenditCredentials> = async ({ credentials, environment }, ctx) => {
  if (!credentials.secretKey.startsWith(PREFIX[environment])) {
    const other = environment === 'sandbox' ? 'live' : 'sandbox';
    return failure(
      'wrong_environment',
      `This is a ${MODE[other]} mode key; the ${environment} environment needs a ${MODE[environment]} mode secret key (${PREFIX[environment]}…)`,
      { fields: ['secretKey'] },
    );
  }

  const response = await ctx.fetch(`${ctx.baseUrl}/balance`, {
    headers: { authorization: basicAuth(credentials.secretKey, ''), accept: 'application/json' },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const body = await readJson<XenditBalance>(response);
    if (typeof body?.balance !== 'number') return unexpectedStatus('Xendit', response.status);
    return success({ livemode: environment === 'live' });
  }

  const error = await readJson<XenditError>(response);
  const code = error?.error_code;
  if (response.status === 401 && code === 'INVALID_API_KEY') {
    return failure(
      'invalid_credentials',
      `Xendit refused the secret key: it is unknown or deleted, or it has no Read permission for Balance. Generate a ${MODE[environment]} mode key with Balance set to Read and connect again`,
      { fields: ['secretKey'] },
    );
  }
  if (response.status === 403 && code === 'REQUEST_FORBIDDEN_ERROR') {
    return failure(
      'insufficient_permissions',
      'The secret key is valid but may not read the balance: in the Xendit Dashboard, edit the key’s permissions and set Balance to Read',
      { fields: ['secretKey'] },
    );
  }
  if (response.status === 403 && code === 'ACCESS_SUSPENDED') {
    return failure(
      'account_inactive',
      'Xendit reports that access to this account is suspended; contact Xendit support',
    );
  }
  if (response.status === 400 && code) {
    return failure(
      'provider_unavailable',
      `Xendit did not return the balance (${code}); the key was not judged, try again later`,
    );
  }
  return unexpectedStatus('Xendit', response.status);
};
