import { type DiscoverHook, failure, readJson, unexpectedStatus } from '@paycore/core';
import type { PayuEuropeCredentials } from './credentials.js';
import { enabledMethods, type PayByLink } from './methods.js';
import { PROVIDER, requestToken } from './token.js';

/** 200 from `GET /api/v2_1/paymethods` for a client_credentials token, and PayU's error status. */
interface PaymethodsAnswer {
  payByLinks?: unknown;
  status?: { statusCode?: unknown };
}

/**
 * Reads the pay types the POS offers with `GET /api/v2_1/paymethods`, after a token request.
 * PayU's answer names no currency (a POS has its own), so the currencies come from the manifest.
 * The request has no body: PayU refuses a GET with one (403).
 */
export const discover: DiscoverHook<PayuEuropeCredentials> = async ({ credentials, environment }, ctx) => {
  const outcome = await requestToken(credentials, environment, ctx);
  if (!('token' in outcome)) return outcome;

  const response = await ctx.fetch(`${ctx.baseUrl}/api/v2_1/paymethods`, {
    headers: { authorization: `Bearer ${outcome.token}`, accept: 'application/json' },
    signal: ctx.signal,
  });
  const body = await readJson<PaymethodsAnswer>(response);
  const statusCode = typeof body?.status?.statusCode === 'string' ? body.status.statusCode : undefined;

  if (response.status === 200 && Array.isArray(body?.payByLinks) && (statusCode ?? 'SUCCESS') === 'SUCCESS') {
    return { paymentMethods: enabledMethods(body.payByLinks as PayByLink[]) };
  }
  if (response.status === 401 && statusCode === 'UNAUTHORIZED') {
    return failure(
      'invalid_credentials',
      `${PROVIDER} issued a token for these keys but refused it when listing the payment methods (UNAUTHORIZED)`,
      { fields: ['clientId', 'clientSecret'] },
    );
  }
  if (response.status === 403 && statusCode === 'UNAUTHORIZED_REQUEST') {
    return failure(
      'insufficient_permissions',
      `${PROVIDER} will not list the payment methods of this POS (UNAUTHORIZED_REQUEST): use the keys of a REST API (Checkout) POS`,
      { fields: ['clientId'] },
    );
  }
  return unexpectedStatus(PROVIDER, response.status);
};
