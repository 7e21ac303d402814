import { randomUUID } from 'node:crypto';
import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { LiqpayCredentials } from './credentials.js';
import { encodeData, signData } from './sign.js';

interface LiqpayAnswer {
  result?: string;
  status?: string;
  err_code?: string;
  err_description?: string;
}

const SANDBOX_PREFIX = 'sandbox_';

/**
 * Checks a LiqPay key pair with the Payment Status API (`action: "status"`) for an order id that
 * cannot exist. LiqPay answers HTTP 200 whatever happens, so the body decides: `payment_not_found`
 * means LiqPay knew the public key and accepted the signature made with the private key. Test keys
 * carry a `sandbox_` prefix, so keys of the other environment are refused before any request.
 */
export const verify: VerifyHook<LiqpayCredentials> = async ({ credentials, environment }, ctx) => {
  const wantSandbox = environment === 'sandbox';
  const misplaced = (['publicKey', 'privateKey'] as const).filter(
    (field) => credentials[field].startsWith(SANDBOX_PREFIX) !== wantSandbox,
  );
  if (misplaced.length > 0) {
    return failure(
      'wrong_environment',
      wantSandbox
        ? 'These are live keys; for the sandbox environment use the test keys, which start with sandbox_'
        : 'These are test keys (they start with sandbox_); for the live environment use the live keys',
      { fields: misplaced },
    );
  }

  const data = encodeData({
    version: 3,
    public_key: credentials.publicKey,
    action: 'status',
    // A fresh id that no payment can have: the only answers left are the credential checks.
    order_id: `paycore-verify-${randomUUID()}`,
  });
  const response = await ctx.fetch(`${ctx.baseUrl}/api/request`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ data, signature: signData(data, credentials.privateKey) }).toString(),
    signal: ctx.signal,
  });
  if (response.status !== 200) return unexpectedStatus('LiqPay', response.status);

  const answer = await readJson<LiqpayAnswer>(response);
  if (!answer || typeof answer !== 'object') return unexpectedStatus('LiqPay', response.status);
  const connected = () => success({ id: credentials.publicKey, livemode: !wantSandbox });

  switch (answer.err_code) {
    case 'payment_not_found':
      return connected();
    case 'invalid_signature':
      return failure(
        'invalid_credentials',
        'LiqPay refused the signature: the private key does not belong to this public key. Copy both keys again from the same company',
        { fields: ['privateKey'] },
      );
    case 'public_key_not_found':
      return failure('invalid_credentials', 'LiqPay does not know this public key', {
        fields: ['publicKey'],
      });
    case 'shop_blocked':
      return failure(
        'account_inactive',
        'LiqPay reports that this company is blocked; contact LiqPay support',
      );
    case 'shop_not_active':
      return failure(
        'account_inactive',
        'LiqPay reports that this company is not active yet; finish its activation in the LiqPay business account',
      );
    case undefined:
      // A payment with our random id cannot exist, but an authenticated status answer still proves the keys.
      if (answer.result === 'ok') return connected();
      break;
    default:
      break;
  }
  const code = answer.err_code ?? answer.status ?? 'no error code';
  return failure(
    'provider_unavailable',
    `LiqPay gave an answer the check does not recognise (${code}); try again later`,
  );
};
