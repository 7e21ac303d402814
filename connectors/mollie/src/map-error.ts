import { type Environment, failure, readJson, unexpectedStatus, type VerifyFailure } from '@paycore/core';

/** Mollie's error envelope (`error-response` in its OpenAPI document). */
interface MollieError {
  status?: number;
  title?: string;
  detail?: string;
}

/** The mode of the API key each environment takes (`test_…` / `live_…`). */
export const MODE = { sandbox: 'test', live: 'live' } as const;

/**
 * The failure for a Mollie answer other than 200: 401 is an API key Mollie does not accept, 403
 * a key Mollie will not let read `what`; 429, 5xx and anything else are Mollie's trouble, never
 * blamed on the key.
 */
export async function mollieFailure(
  response: Response,
  environment: Environment,
  what: string,
): Promise<VerifyFailure> {
  const error = await readJson<MollieError>(response);
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Mollie refused the API key${error?.detail ? ` (${error.detail})` : ''}. Copy the ${MODE[environment]} API key again from Developers → API keys; a key that was regenerated stops working`,
      { fields: ['apiKey'] },
    );
  }
  if (response.status === 403) {
    return failure(
      'insufficient_permissions',
      `Mollie accepted the API key but refused access to ${what}${error?.detail ? ` (${error.detail})` : ''}`,
      { fields: ['apiKey'] },
    );
  }
  return unexpectedStatus('Mollie', response.status);
}
