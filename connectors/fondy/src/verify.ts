import { randomUUID } from 'node:crypto';
import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { FondyCredentials } from './credentials.js';
import { fondySignature } from './sign.js';

interface StatusAnswer {
  response?: {
    response_status?: string;
    error_code?: number | string;
    error_message?: string;
    merchant_id?: number | string;
    order_status?: string;
  };
}

/** Fondy's public test merchant (its payment key, "test", is published in the docs). */
export const TEST_MERCHANT_ID = '1396424';

// Documented response codes (docs.fondy.io/gateway/direct-integration/response-codes).
const INVALID_SIGNATURE = 1014;
const MERCHANT_NOT_FOUND = 1016;
const ORDER_NOT_FOUND = 1018;

/**
 * Checks a Fondy merchant ID and payment key with the order status call for an order id that
 * cannot exist. Fondy answers HTTP 200 either way, so `error_code` decides: 1018 "order not found"
 * means Fondy found the merchant and accepted the signature made with the payment key.
 */
export const verify: VerifyHook<FondyCredentials> = async ({ credentials, environment }, ctx) => {
  if (environment === 'live' && credentials.merchantId === TEST_MERCHANT_ID) {
    return failure(
      'wrong_environment',
      `${TEST_MERCHANT_ID} is Fondy's public sandbox merchant (its payment key is published); use your own Merchant ID in live`,
      { fields: ['merchantId'] },
    );
  }

  const request = {
    order_id: `paycore-verify-${randomUUID()}`,
    merchant_id: Number(credentials.merchantId),
    version: '1.0',
  };
  const response = await ctx.fetch(`${ctx.baseUrl}/api/status/order_id`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      request: { ...request, signature: fondySignature(request, credentials.paymentKey) },
    }),
    signal: ctx.signal,
  });
  if (response.status !== 200) return unexpectedStatus('Fondy', response.status);

  const answer = (await readJson<StatusAnswer>(response))?.response;
  if (!answer || typeof answer !== 'object') return unexpectedStatus('Fondy', response.status);
  const connected = () => success({ id: credentials.merchantId, livemode: environment === 'live' });

  if (answer.response_status !== 'failure') {
    // An authenticated status answer for an existing order would prove the credentials too.
    return answer.response_status === 'success' ? connected() : unexpectedStatus('Fondy', response.status);
  }
  switch (Number(answer.error_code)) {
    case ORDER_NOT_FOUND:
      return connected();
    case INVALID_SIGNATURE:
      return failure(
        'invalid_credentials',
        'Fondy refused the signature: the payment key does not belong to this Merchant ID. Copy it again from the merchant’s technical settings',
        { fields: ['paymentKey'] },
      );
    case MERCHANT_NOT_FOUND:
      return failure('invalid_credentials', `Fondy does not know Merchant ID ${credentials.merchantId}`, {
        fields: ['merchantId'],
      });
    default: {
      const detail = answer.error_message ? `"${answer.error_message}", ` : '';
      return failure(
        'provider_unavailable',
        `Fondy answered ${detail}error code ${answer.error_code ?? 'missing'}, which the check does not recognise; try again later, and contact Fondy support if it persists`,
      );
    }
  }
};
