import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { MonobankCredentials } from './credentials.js';

interface MerchantDetails {
  merchantId?: string;
  merchantName?: string;
  edrpou?: string;
}

interface MonobankError {
  errCode?: string;
  errText?: string;
}

/**
 * Checks a monobank acquiring token with `GET /api/merchant/details`, which only reads the
 * merchant's id, name and EDRPOU code. Test and live tokens use the same host and look alike, so
 * the environment cannot be checked before the call, nor read from the answer.
 */
export const verify: VerifyHook<MonobankCredentials> = async ({ credentials }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/api/merchant/details`, {
    headers: { 'x-token': credentials.token, accept: 'application/json' },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const merchant = await readJson<MerchantDetails>(response);
    if (typeof merchant?.merchantId !== 'string' || merchant.merchantId === '') {
      return unexpectedStatus('monobank', response.status);
    }
    return success({ id: merchant.merchantId, name: merchant.merchantName, edrpou: merchant.edrpou });
  }
  if (response.status === 403) {
    const body = await readJson<MonobankError>(response);
    return failure(
      'invalid_credentials',
      `monobank refused the token${body?.errText ? ` (${body.errText})` : ''}. Copy it again: a live token comes from web.monobank.ua, a test token from api.monobank.ua`,
      { fields: ['token'] },
    );
  }
  return unexpectedStatus('monobank', response.status);
};
