import { type Environment, failure, unexpectedStatus, type VerifyFailure } from '@paycore/core';
import type { CashfreeError } from './api.js';

/** Where the merchant finds the keys of each environment in the Merchant Dashboard. */
export const DASHBOARD_ENVIRONMENT = { sandbox: 'Test', live: 'Production' } as const;

/** Cashfree's own words, when the body has them, to quote in a message. */
function quoted(error: CashfreeError | undefined): string {
  return error?.message ? ` (“${error.message}”)` : '';
}

/**
 * Turns a Cashfree error answer into the failure to report. 401 is Cashfree's documented
 * `authentication_error` (wrong App ID or Secret Key, or keys of the other environment, another
 * product or a revoked pair); `feature_not_enabled` is the documented error type for a call the
 * account may not use. 429 (`rate_limit_error`, with `x-ratelimit-retry` seconds), 5xx and any
 * other answer are Cashfree's trouble, never guessed to be bad credentials.
 */
export function mapError(
  response: Response,
  error: CashfreeError | undefined,
  environment: Environment,
): VerifyFailure {
  const where = DASHBOARD_ENVIRONMENT[environment];
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Cashfree refused the App ID and Secret Key${quoted(error)}. Copy both again from Payment Gateway → Developers → API Keys in the ${where} environment; keys of Payouts or Secure ID are separate and do not work here`,
      { fields: ['appId', 'secretKey'] },
    );
  }
  if (response.status >= 400 && response.status < 500 && error?.type === 'feature_not_enabled') {
    return failure(
      'insufficient_permissions',
      `Cashfree has not enabled this feature for the account${quoted(error)}; ask Cashfree support to enable it`,
    );
  }
  if (response.status === 429) {
    const retry = Number(response.headers.get('x-ratelimit-retry'));
    const wait = Number.isInteger(retry) && retry > 0 ? `in ${retry} s` : 'in a minute';
    return failure(
      'provider_unavailable',
      `Cashfree is rate-limiting requests${quoted(error)}; try again ${wait}`,
    );
  }
  if (response.status >= 400 && response.status < 500 && error?.message) {
    return failure(
      'provider_unavailable',
      `Cashfree gave an unexpected answer (HTTP ${response.status}: “${error.message}”); try again later`,
    );
  }
  return unexpectedStatus('Cashfree', response.status);
}
