import { type Environment, failure, unexpectedStatus, type VerifyFailure } from '@paycore/core';
import type { RapydAnswer } from './api.js';

const KEYS = ['accessKey', 'secretKey'];
const PORTAL_MODE = { sandbox: 'Sandbox', live: 'production' } as const;

/**
 * The failure for a Rapyd answer that is not a success. Rapyd answers errors with its `status`
 * envelope; only the authentication errors of its troubleshooting page are read as the
 * merchant's, and anything else (429 from its firewall, 5xx, a body without Rapyd's envelope) is
 * the provider's trouble, never guessed to be the credentials'.
 */
export function classifyError(
  response: Response,
  answer: RapydAnswer | undefined,
  environment: Environment,
): VerifyFailure {
  const code = answer?.status?.status === 'ERROR' ? answer.status.error_code : undefined;
  if (response.status === 401 && code === 'UNAUTHENTICATED_API_CALL') {
    return failure(
      'invalid_credentials',
      `Rapyd refused the access key or the signature made with the secret key: copy both again from Developers → API access control in the Client Portal with the ${PORTAL_MODE[environment]} environment selected (keys of the other environment are refused). If they are right, check your account's status on the Account Details page of the Client Portal`,
      { fields: KEYS },
    );
  }
  if (response.status === 401 && code === 'UNAUTHORIZED_API_CALL') {
    return failure(
      'insufficient_permissions',
      'Rapyd accepted the keys but refused the request: your company is not configured to use this part of the API. Ask Rapyd Client Support to enable it',
    );
  }
  return unexpectedStatus('Rapyd', response.status);
}
