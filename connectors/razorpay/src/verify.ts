import { basicAuth, failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { RazorpayCredentials } from './credentials.js';

/** The collection `GET /v1/payments` answers with. */
interface PaymentCollection {
  entity?: string;
  count?: number;
  items?: unknown[];
}

/** Razorpay's error envelope. */
interface RazorpayError {
  error?: { code?: string; description?: string };
}

const MODE = { sandbox: 'test', live: 'live' } as const;
const DASHBOARD_MODE = { test: 'Test', live: 'Live' } as const;

/**
 * Checks a Razorpay API key with `GET /v1/payments?count=1`, which lists at most one payment and
 * changes nothing. Test and live keys share one host; the Key Id's prefix names the mode, so a key
 * of the other mode is refused before any request. Razorpay's 401 says which half of the pair is
 * wrong ("The api key provided is invalid" vs "The api secret provided is invalid").
 */
export const verify: VerifyHook<RazorpayCredentials> = async ({ credentials, environment }, ctx) => {
  const expected = MODE[environment];
  const keyMode = /^rzp_(test|live)_/.exec(credentials.keyId)?.[1] as 'test' | 'live' | undefined;
  if (keyMode !== expected) {
    return failure(
      'wrong_environment',
      `This is a ${keyMode} mode Key Id; generate the key in ${DASHBOARD_MODE[expected]} mode (rzp_${expected}_…) for the ${environment} environment`,
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

  if (response.status === 200) {
    const collection = await readJson<PaymentCollection>(response);
    if (collection?.entity !== 'collection') return unexpectedStatus('Razorpay', response.status);
    return success({ livemode: environment === 'live' });
  }

  const description = (await readJson<RazorpayError>(response))?.error?.description;
  const said = description?.toLowerCase() ?? '';
  if (response.status >= 400 && response.status < 500) {
    if (said.includes('api key provided is invalid')) {
      return failure(
        'invalid_credentials',
        `Razorpay does not know this Key Id (${description}). Copy it again from Account & Settings → API Keys in ${DASHBOARD_MODE[expected]} mode; a regenerated key replaces the old one`,
        { fields: ['keyId'] },
      );
    }
    if (said.includes('api secret provided is invalid')) {
      return failure(
        'invalid_credentials',
        `Razorpay knows the Key Id but refused the Key Secret (${description}). Use the secret generated together with this Key Id; if it is lost, regenerate the key`,
        { fields: ['keySecret'] },
      );
    }
    // Razorpay's common-errors page: "Access Denied" means the account only accepts whitelisted IPs.
    if (said === 'access denied') {
      return failure(
        'insufficient_permissions',
        'Razorpay denied access: the account accepts API calls only from whitelisted IP addresses. Ask Razorpay support to add the PayCore host’s IPs or remove the whitelist, in both Test and Live mode',
      );
    }
  }
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Razorpay refused the Key Id and Key Secret${description ? ` (${description})` : ''}`,
      { fields: ['keyId', 'keySecret'] },
    );
  }
  return unexpectedStatus('Razorpay', response.status);
};
