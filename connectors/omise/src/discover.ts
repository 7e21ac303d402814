import { type DiscoverHook, failure, readJson, unexpectedStatus } from '@paycore/core';
import { get, type OmiseError } from './api.js';
import type { OmiseCredentials } from './credentials.js';
import { type OmisePaymentMethod, paymentMethods } from './methods.js';

interface OmiseCapability {
  object?: string;
  payment_methods?: OmisePaymentMethod[];
}

/**
 * Reads what the account may accept from Omise's capability object (`GET /capability`): each
 * payment method with its currencies. Omise says nothing there about transfers (payouts), so no
 * payout list is returned and the host keeps the connector's.
 */
export const discover: DiscoverHook<OmiseCredentials> = async ({ credentials }, ctx) => {
  const response = await get(ctx, '/capability', credentials.secretKey);
  if (response.status === 200) {
    const capability = await readJson<OmiseCapability>(response);
    if (capability?.object !== 'capability' || !Array.isArray(capability.payment_methods)) {
      return unexpectedStatus('Omise', response.status);
    }
    return { paymentMethods: paymentMethods(capability.payment_methods) };
  }
  const error = await readJson<OmiseError>(response);
  if (response.status === 401 && error?.code === 'authentication_failure') {
    return failure(
      'invalid_credentials',
      'Omise refused the secret key while reading the account’s capabilities',
      {
        fields: ['secretKey'],
      },
    );
  }
  return unexpectedStatus('Omise', response.status);
};
