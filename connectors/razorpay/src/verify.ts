import { basicAuth, failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { RazorpayCredentials } from './credentials.js';
import { DASHBOARD_MODE, mapError } from './map-error.js';

/** The collection `GET /v1/payments` answers with. */
interface PaymentCollection {
  entity?: string;
  count?: number;
  items?: unknown[];
}

const MODE = { sandbox: 'test', live: 'live' } as const;

/**
 * Checks a Razorpay API key with `GET /v1/payments?count=1`, which lists at most one payment and
 * changes nothing. Test and live keys share one host; the Key Id's prefix names the mode, so a key
 * of the other mode is refused before any request. The answer names no account details beyond
 * the mode.
 */
export const verify: VerifyHook<RazorpayCredentials> = async ({ credentials, environment }, ctx) => {
  const expected = MODE[environment];
  const keyMode = /^rzp_(test|live)_/.exec(credentials.keyId)?.[1] as 'test' | 'live' | undefined;
  if (keyMode !== expected) {
    return failure(
      'wrong_environment',
      `This is a ${keyMode} mode Key Id; generate the key in ${DASHBOARD_MODE[environment]} mode (rzp_${expected}_…) for the ${environment} environment`,
      { fields: ['keyId'] },
    );
  }

  const response = await ctx.fetch(`${ctx.baseUrl}/v1/payments?count=1`, {
    // Razorpay refuses any other spelling of the scheme (BASIC, basic, quoted tokens).
    headers: {
      authorization: basicAuth(credentials.keyId, credentials.keySecret),
      accept: 'application/json',
    },
    signal: ctx.signal,
  });
  if (response.status !== 200) return mapError(response, environment);
  const collection = await readJson<PaymentCollection>(response);
  if (collection?.entity !== 'collection') return unexpectedStatus('Razorpay', response.status);
  return success({ livemode: environment === 'live' });
};
