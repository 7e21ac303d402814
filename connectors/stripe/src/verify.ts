import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { StripeCredentials } from './credentials.js';
import { stripeFailure } from './map-error.js';
import { currencyCodes } from './methods.js';

interface StripeBalance {
  object?: string;
  livemode?: boolean;
  available?: { currency?: string }[];
}

const MODE = { sandbox: 'test', live: 'live' } as const;

/**
 * Checks a Stripe key with `GET /v1/balance`, the cheapest read every secret key may make and a
 * restricted key may make with Balance read. The key's prefix names its mode, so a key for the
 * other mode is refused before any request; `livemode` in the answer is checked as well.
 */
export const verify: VerifyHook<StripeCredentials> = async ({ credentials, environment }, ctx) => {
  const expected = MODE[environment];
  const keyMode = /^(?:sk|rk)_(test|live)_/.exec(credentials.secretKey)?.[1];
  if (keyMode !== expected) {
    return failure(
      'wrong_environment',
      `This is a ${keyMode} mode key; use a ${expected} mode key (sk_${expected}_…) for the ${environment} environment`,
      {
        fields: ['secretKey'],
      },
    );
  }
  const publishableMode =
    credentials.publishableKey && /^pk_(test|live)_/.exec(credentials.publishableKey)?.[1];
  if (publishableMode && publishableMode !== expected) {
    return failure(
      'wrong_environment',
      `The publishable key is a ${publishableMode} mode key; use pk_${expected}_… for the ${environment} environment`,
      {
        fields: ['publishableKey'],
      },
    );
  }

  const response = await ctx.fetch(`${ctx.baseUrl}/v1/balance`, {
    headers: { authorization: `Bearer ${credentials.secretKey}`, accept: 'application/json' },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const balance = await readJson<StripeBalance>(response);
    if (balance?.object !== 'balance' || typeof balance.livemode !== 'boolean') {
      return unexpectedStatus('Stripe', response.status);
    }
    if (balance.livemode !== (environment === 'live')) {
      return failure(
        'wrong_environment',
        `Stripe reports this key as ${balance.livemode ? 'live' : 'test'} mode`,
        { fields: ['secretKey'] },
      );
    }
    return success({
      livemode: balance.livemode,
      currencies: currencyCodes((balance.available ?? []).map((b) => b.currency)),
    });
  }
  return stripeFailure(
    response,
    'The key is valid but may not read the balance: in the Stripe Dashboard, edit the restricted key and set Balance to Read',
  );
};
