import { failure, success, type VerifyHook } from '@paycore/core';
import { fetchBalanceCurrencies, MODE } from './balance.js';
import type { PaystackCredentials } from './credentials.js';

/**
 * Checks a Paystack secret key with `GET /balance` ("Fetch Balance"), which only reads the
 * integration's balances; their currencies are the account's. Test and live keys share one host;
 * the key's prefix names its mode, so a key of the other mode (secret or public) is refused before
 * any request.
 */
export const verify: VerifyHook<PaystackCredentials> = async ({ credentials, environment }, ctx) => {
  const expected = MODE[environment];
  const keyMode = /^sk_(test|live)_/.exec(credentials.secretKey)?.[1];
  if (keyMode !== expected) {
    return failure(
      'wrong_environment',
      `This is a ${keyMode} secret key; use the ${expected} secret key (sk_${expected}_…) for the ${environment} environment`,
      { fields: ['secretKey'] },
    );
  }
  const publicMode = credentials.publicKey && /^pk_(test|live)_/.exec(credentials.publicKey)?.[1];
  if (publicMode && publicMode !== expected) {
    return failure(
      'wrong_environment',
      `The public key is a ${publicMode} key; use pk_${expected}_… for the ${environment} environment`,
      { fields: ['publicKey'] },
    );
  }

  const balances = await fetchBalanceCurrencies(credentials.secretKey, environment, ctx);
  if (!balances.ok) return balances;
  return success({
    livemode: environment === 'live',
    currencies: balances.currencies.length > 0 ? balances.currencies : undefined,
  });
};
