import { failure, readJson, unexpectedStatus, type VerifyFailure } from '@paycore/core';

/** Stripe's error envelope (`error` in its OpenAPI document). */
interface StripeError {
  error?: { message?: string; type?: string; code?: string };
}

/**
 * The failure for a Stripe answer other than 200. 401 is a key Stripe does not accept; 403 is a
 * restricted key without the permission the request needs, and `denied` tells the merchant
 * which one; 429, 5xx and anything else are Stripe's trouble, never blamed on the key.
 */
export async function stripeFailure(response: Response, denied: string): Promise<VerifyFailure> {
  const body = await readJson<StripeError>(response);
  const detail = body?.error?.message;
  if (response.status === 401) {
    const expired = body?.error?.type === 'authentication_error';
    return failure(
      'invalid_credentials',
      expired
        ? `Stripe refused the key: it has expired or was rolled${detail ? ` (${detail})` : ''}`
        : `Stripe refused the key${detail ? `: ${detail}` : ''}`,
      { fields: ['secretKey'] },
    );
  }
  if (response.status === 403) return failure('insufficient_permissions', denied, { fields: ['secretKey'] });
  return unexpectedStatus('Stripe', response.status);
}
