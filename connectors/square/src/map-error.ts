import { type Environment, failure, unexpectedStatus, type VerifyFailure } from '@paycore/core';

/** One entry of Square's `errors` array. */
export interface SquareError {
  category?: string;
  code?: string;
  detail?: string;
}

const DASHBOARD = { sandbox: 'Sandbox', live: 'Production' } as const;

/**
 * The failure for a Square answer other than 200, from its status and first error. 401 is a
 * token Square does not accept (expired, revoked, or of the other environment); 403 a token
 * without MERCHANT_PROFILE_READ, which both reads of this connector need; 429, 5xx and anything
 * else are Square's trouble, never blamed on the token.
 */
export function squareFailure(
  status: number,
  error: SquareError | undefined,
  environment: Environment,
): VerifyFailure {
  if (status === 401) {
    return failure('invalid_credentials', unauthorizedMessage(error?.code, environment), {
      fields: ['accessToken'],
    });
  }
  if (status === 403) {
    const message =
      error?.code === 'INSUFFICIENT_SCOPES'
        ? 'The access token is valid but lacks the MERCHANT_PROFILE_READ permission: authorize the OAuth application again with that scope, or use the personal access token from the Developer Console'
        : `The access token is valid but Square refused this request (${error?.code ?? 'FORBIDDEN'}${error?.detail ? `: ${error.detail}` : ''})`;
    return failure('insufficient_permissions', message, { fields: ['accessToken'] });
  }
  return unexpectedStatus('Square', status);
}

function unauthorizedMessage(code: string | undefined, environment: Environment): string {
  if (code === 'ACCESS_TOKEN_EXPIRED')
    return 'Square says the access token has expired: refresh the OAuth token or copy a new one from the Developer Console';
  if (code === 'ACCESS_TOKEN_REVOKED')
    return 'Square says the access token was revoked: authorize the application again or copy a new token from the Developer Console';
  return `Square refused the access token. Copy the ${DASHBOARD[environment]} access token from Developer Console → your application → Credentials; sandbox and production tokens are different`;
}
