import { randomUUID } from 'node:crypto';
import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { DlocalCredentials } from './credentials.js';
import { authorizationHeader, signRequest } from './sign.js';

interface DlocalAnswer {
  id?: string;
  code?: number;
  message?: string;
}

/** The API version the check is written against, sent as X-Version. */
const API_VERSION = '2.1';
const ALL_FIELDS = ['xLogin', 'xTransKey', 'secretKey'];

/**
 * Checks a dLocal key set by retrieving a payment that cannot exist (`GET /payments/{id}` with a
 * fresh id), signed as every dLocal request is. dLocal checks the credentials and signature before
 * it looks the payment up, so its documented "Payment not found" (404, code 4000) proves all three
 * values without reading or changing anything in the account.
 */
export const verify: VerifyHook<DlocalCredentials> = async ({ credentials, environment }, ctx) => {
  // Shaped like dLocal's own payment ids ("D-4-" and a UUID), random so that no payment has it.
  const paymentId = `D-4-${randomUUID()}`;
  const xDate = new Date().toISOString();
  const response = await ctx.fetch(`${ctx.baseUrl}/payments/${paymentId}`, {
    headers: {
      'x-date': xDate,
      'x-login': credentials.xLogin,
      'x-trans-key': credentials.xTransKey,
      'x-version': API_VERSION,
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: authorizationHeader(signRequest(credentials.secretKey, credentials.xLogin, xDate, '')),
    },
    signal: ctx.signal,
  });
  const answer = await readJson<DlocalAnswer>(response);
  const connected = () => success({ id: credentials.xLogin, livemode: environment === 'live' });

  if (response.status === 404 && answer?.code === 4000) return connected();
  // A payment with a fresh random id cannot exist; only that very payment would prove the keys.
  if (response.status === 200 && answer?.id === paymentId) return connected();
  if (response.status === 403) {
    switch (answer?.code) {
      case 3001:
        return failure(
          'invalid_credentials',
          `dLocal refused the credentials: copy the X-Login, X-Trans-Key and Secret key again from Settings → Integration in ${environment === 'live' ? 'Live' : 'Test'} mode; all three must come from the same mode`,
          { fields: ALL_FIELDS },
        );
      case 3002:
        return failure(
          'insufficient_permissions',
          'dLocal refused the request because it came from an IP address not registered for your account: add the outgoing IPs of your PayCore host under Settings → Integration, or ask your dLocal account manager',
        );
      case 3003:
        return failure(
          'insufficient_permissions',
          'dLocal accepted the credentials, but your account may not use the Payins API: ask your dLocal account manager to enable it',
        );
      default:
        break;
    }
  }
  return unexpectedStatus('dLocal', response.status);
};
