import type { ConnectorFaultKind } from './types.js';

/** Every operational failure in PayCore carries one of these codes. */
export type PaycoreErrorCode =
  | 'manifest_invalid'
  | 'manifest_unreadable'
  | 'credentials_invalid'
  | 'egress_denied'
  | 'egress_timeout'
  | 'egress_network'
  | 'egress_response_too_large'
  | 'egress_aborted'
  | 'connector_fault'
  | 'verify_aborted'
  | 'overloaded'
  | 'connector_load_failed'
  | 'connector_not_found'
  | 'connector_not_ready'
  | 'verify_failed'
  | 'internal';

/** A problem found while validating data, located by a JSON pointer. */
export interface Problem {
  /** JSON pointer (RFC 6901) into the validated document, `""` for the document itself. */
  pointer: string;
  /** Plain-words description of what is wrong. */
  message: string;
}

/** Options for {@link PaycoreError}. */
export interface PaycoreErrorOptions {
  cause?: unknown;
  problems?: Problem[];
  /** What went wrong inside a connector, for `connector_fault`. */
  fault?: ConnectorFaultKind;
}

/**
 * The one error class PayCore throws for operational failures. `code` is a string-literal union so
 * callers can switch on it; `problems` lists every validation problem when there are several.
 */
export class PaycoreError extends Error {
  override readonly name = 'PaycoreError';
  readonly code: PaycoreErrorCode;
  readonly problems: Problem[];
  readonly fault: ConnectorFaultKind | undefined;

  constructor(code: PaycoreErrorCode, message: string, options: PaycoreErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.problems = options.problems ?? [];
    this.fault = options.fault;
  }
}

/** True when `error` is a {@link PaycoreError}, optionally with the given code. */
export function isPaycoreError(error: unknown, code?: PaycoreErrorCode): error is PaycoreError {
  return error instanceof PaycoreError && (code === undefined || error.code === code);
}

/** Turns anything thrown into a {@link PaycoreError}, keeping the original as `cause`. */
export function toPaycoreError(error: unknown, fallback: PaycoreErrorCode = 'internal'): PaycoreError {
  if (error instanceof PaycoreError) return error;
  const message = error instanceof Error ? error.message : 'Unexpected failure';
  return new PaycoreError(fallback, message, { cause: error });
}
