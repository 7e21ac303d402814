import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { PaystackCredentials } from './credentials.js';

/** Paystack's response envelope: `status` is false on every error. */
interface PaystackResponse {
  status?: boolean;
  message?: string;
  data?: { currency?: string; balance?: number }[];
}

const MODE = { sandbox: 'test', live: 'live' } as const;

/**
 * Checks a Paystack secret key with `GET /balance` ("Fetch Balance"), which only reads the
 * integration's balances. Test and live keys share one host; the key's prefix names its mode, so a
 * key of the other mode (secret or public) is refused before any request.
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

  const response = await ctx.fetch(`${ctx.baseUrl}/balance`, {
    headers: { authorization: `Bearer ${credentials.secretKey}`, accept: 'application/json' },
    signal: ctx.signal,
  });
  const body = await readJson<PaystackResponse>(response);

  if (response.status === 200) {
    if (body?.status !== true || !Array.isArray(body.data))
      return unexpectedStatus('Paystack', response.status);
    const currencies = [...new Set(body.data.map((entry) => entry.currency).filter(Boolean))];
    return success({
      livemode: environment === 'live',
      balanceCurrencies: currencies.join(', ') || undefined,
    });
  }
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Paystack refused the secret key${body?.message ? ` (${body.message})` : ''}. Copy the ${expected} secret key again from Settings → API Keys & Webhooks; keys stop working when they are reset`,
      { fields: ['secretKey'] },
    );
  }
  return unexpectedStatus('Paystack', response.status);
};
