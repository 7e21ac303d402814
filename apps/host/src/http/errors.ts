import type { Problem } from '@paycore/core';

/** One field problem in an error answer; `path` is a JSON pointer into the request. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * The one table from the API's error codes to HTTP statuses. Services throw {@link ApiError} with
 * a code; only this table knows what status it is answered with.
 */
export const STATUS_BY_CODE = {
  invalid_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  csrf_rejected: 403,
  two_factor_required: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  email_taken: 409,
  provider_not_ready: 409,
  invitation_expired: 410,
  verification_failed: 422,
  too_many_requests: 429,
  // The caller closed the request before the answer: nobody reads it (nginx's 499).
  client_closed_request: 499,
  internal: 500,
  provider_unavailable: 503,
  connector_failed: 502,
  overloaded: 503,
  not_ready: 503,
} as const;

/** The codes the API answers errors with. */
export type ErrorCode = keyof typeof STATUS_BY_CODE;

/** The one error body shape of the API. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    fields?: FieldError[];
    [extra: string]: unknown;
  };
}

/**
 * An error a service or handler throws to answer with the one JSON error shape; its status comes
 * from {@link STATUS_BY_CODE}. `extra` adds fields next to `code` (e.g. `reason` and `retryable`
 * for a failed verify).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: {
      fields?: FieldError[];
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
  }

  /** The HTTP status of this error's code. */
  get status(): number {
    return STATUS_BY_CODE[this.code];
  }

  /** The JSON body for this error. */
  body(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message, ...this.options.extra };
    if (this.options.fields && this.options.fields.length > 0) error.fields = this.options.fields;
    return { error };
  }
}

/** Field errors from core problems, each pointer prefixed (e.g. with `/credentials`). */
export function problemsToFields(problems: readonly Problem[], prefix = ''): FieldError[] {
  return problems.map((problem) => ({ path: `${prefix}${problem.pointer}`, message: problem.message }));
}

/** 422 with every field problem. */
export function validationError(fields: FieldError[], message = 'The request has invalid fields'): ApiError {
  return new ApiError('validation_failed', message, { fields });
}

/** 404 in the API's words; the same for "missing" and "not yours" so ids of others leak nothing. */
export function notFound(what = 'The resource'): ApiError {
  return new ApiError('not_found', `${what} was not found`);
}
