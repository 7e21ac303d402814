import { basicAuth, failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { WorldpayCredentials } from './credentials.js';

/**
 * The media type naming the API version, which Access Worldpay requires in `Accept`: Card
 * Payments v7 (its migration guide makes the header mandatory from v7 on).
 */
export const MEDIA_TYPE = 'application/vnd.worldpay.payments-v7+json';

interface RootResource {
  _links?: Record<string, { href?: string }>;
}

interface WorldpayError {
  errorName?: string;
  message?: string;
}

const LABEL = { sandbox: 'Try', live: 'Live' } as const;
const OTHER = { sandbox: 'Live', live: 'Try' } as const;

/**
 * Checks Access Worldpay API credentials with `GET /`, the root resource that lists the API's
 * entry points: it reads nothing from the merchant's account and moves no money. Credentials carry
 * no mark of their environment, and Try credentials sent to Live (or the reverse) are refused like
 * wrong ones, which the message says.
 */
export const verify: VerifyHook<WorldpayCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/`, {
    headers: { authorization: basicAuth(credentials.username, credentials.password), accept: MEDIA_TYPE },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const root = await readJson<RootResource>(response);
    const links = root?._links;
    if (!links || typeof links !== 'object' || Object.keys(links).length === 0)
      return unexpectedStatus('Worldpay', response.status);
    return success({ livemode: environment === 'live' });
  }
  if (response.status === 401) {
    const errorName = (await readJson<WorldpayError>(response))?.errorName;
    // Only a plain error name (e.g. accessDenied) is echoed; anything else in the body is not shown.
    const named = errorName && /^[A-Za-z]{1,64}$/.test(errorName) ? ` (${errorName})` : '';
    return failure(
      'invalid_credentials',
      `Worldpay refused the username and password${named}. Check that both are the ${LABEL[environment]} credentials, not the ${OTHER[environment]} ones, and copy them again`,
      { fields: ['username', 'password'] },
    );
  }
  return unexpectedStatus('Worldpay', response.status);
};
