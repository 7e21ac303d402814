import type { Problem } from '@paycore/core';

/** One field problem in an error answer; `path` is a JSON pointer into the request. */
export interface FieldError {
  path: string;
  message: string;
}

/** The codes the API answers errors with. */
export type ErrorCode =
  | 'invalid_json'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'csrf_rejected'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'email_taken'
  | 'provider_not_ready'
  | 'verification_failed'
  | 'provider_unavailable'
  | 'connector_failed'
  | 'too_many_requests'
  | 'not_ready'
  | 'internal';

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
 * An error a handler throws to answer with a status and the one JSON error shape. `extra` adds
 * fields next to `code` (e.g. `reason` and `retryable` for a failed verify).
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
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
export function validationError(fields: FieldError[], message = 'The request has invalid fields'): HttpError {
  return new HttpError(422, 'validation_failed', message, { fields });
}

/** 404 in the API's words; the same for "missing" and "not yours" so ids of others leak nothing. */
export function notFound(what = 'The resource'): HttpError {
  return new HttpError(404, 'not_found', `${what} was not found`);
}
