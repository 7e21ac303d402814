import { failure, unexpectedStatus, type VerifyFailure } from '@paycore/core';

/** One entry of `errors` in Worldline's error answer (the SDKs' APIError). */
export interface ApiError {
  id?: string;
  errorCode?: string;
  /** Deprecated by Worldline in favour of `errorCode`, still sent. */
  code?: string;
  category?: string;
  httpStatusCode?: number;
  message?: string;
}

/** Worldline's answer to every 4xx and 5xx: an error id and a list of errors (the SDKs' ErrorResponse). */
export interface ErrorAnswer {
  errorId?: string;
  errors?: ApiError[];
}

const CREDENTIAL_FIELDS = ['merchantId', 'apiKeyId', 'secretApiKey'];

/** Whether a body is Worldline's error answer, not a proxy's or a gateway's page. */
function isErrorAnswer(body: unknown): body is Required<Pick<ErrorAnswer, 'errorId' | 'errors'>> {
  const answer = body as ErrorAnswer | undefined;
  return typeof answer?.errorId === 'string' && Array.isArray(answer.errors) && answer.errors.length > 0;
}

/** Whether an error carries this name (in `id` or `message`) or this number (in `errorCode` or `code`). */
function is(error: ApiError, name: string, number: string): boolean {
  return error.id === name || error.message === name || error.errorCode === number || error.code === number;
}

/**
 * The failure for an answer that is not the connection test's OK. Worldline's documented refusals
 * name the fields at fault; an error answer on 403 that names neither is a permission the account
 * lacks; everything else (429, 5xx, a body that is not Worldline's) is the provider's trouble.
 */
export function classifyError(status: number, body: unknown, platformName: string): VerifyFailure {
  if ((status !== 401 && status !== 403) || !isErrorAnswer(body))
    return unexpectedStatus(platformName, status);
  const errors = body.errors;
  if (errors.some((error) => is(error, 'MISSING_OR_INVALID_AUTHORIZATION', '9002'))) {
    return failure(
      'invalid_credentials',
      `${platformName} refused the signature: the API Key is unknown in this environment or the API Secret is not the one generated with it. Copy both again from the same account (a test account's keys work only in test, a live account's only in production)`,
      { fields: ['apiKeyId', 'secretApiKey'] },
    );
  }
  if (errors.some((error) => is(error, 'ACCESS_TO_MERCHANT_NOT_ALLOWED', '9007'))) {
    return failure(
      'invalid_credentials',
      `${platformName} accepted the API Key but it does not belong to this PSPID: enter the PSPID the key was generated for, or generate a key for this PSPID`,
      { fields: ['merchantId', 'apiKeyId'] },
    );
  }
  if (status === 403) {
    const error = errors[0]!;
    return failure(
      'insufficient_permissions',
      `${platformName} refused the request as not allowed for this account (${error.id ?? error.message ?? error.errorCode ?? error.code ?? 'no error id'}); ask Worldline support to check the PSPID's API access`,
    );
  }
  return failure(
    'invalid_credentials',
    `${platformName} refused the credentials; copy the PSPID, API Key and API Secret again from the same account`,
    { fields: CREDENTIAL_FIELDS },
  );
}
