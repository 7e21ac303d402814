import { PaycoreError } from '../errors.js';

// undici's own time limits (connecting, waiting for headers, silence within a body): the
// provider did not answer in time, as when the request's deadline passes.
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** The answer is over a size cap: the safe fetch's `limit`, or the agent's when none is given. */
export function tooLarge(url: URL, limit?: number): PaycoreError {
  const allowed = limit === undefined ? 'the host allows' : `${limit} bytes`;
  return new PaycoreError(
    'egress_response_too_large',
    `The answer from ${url.hostname} is larger than ${allowed}`,
  );
}

/**
 * Why a request that `signal` aborted ended: `egress_timeout` when `deadline` (the request's own
 * time limit) fired first, else `egress_aborted` with the caller's reason as `cause` — the caller
 * gave up, which says nothing about the provider.
 */
export function abortError(url: URL, signal: AbortSignal, deadline: AbortSignal): PaycoreError {
  if (signal.reason === deadline.reason) {
    return new PaycoreError('egress_timeout', `No answer from ${url.hostname} in time`);
  }
  return new PaycoreError('egress_aborted', `The request to ${url.hostname} was cancelled`, {
    cause: signal.reason,
  });
}

/**
 * Turns what a request threw into the safe fetch's errors: an abort by its cause, undici's time
 * limits as `egress_timeout`, the agent's size cap as `egress_response_too_large`, anything else on
 * the way (refused, reset, DNS, TLS) as `egress_network`. A request undici refused to send (an
 * invalid argument) is the hook's mistake and keeps its own error.
 */
export function egressError(url: URL, error: unknown, signal: AbortSignal, deadline: AbortSignal): unknown {
  if (error instanceof PaycoreError) return error;
  if (signal.aborted) return abortError(url, signal, deadline);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'UND_ERR_INVALID_ARG') return error;
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return tooLarge(url);
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) {
    return new PaycoreError('egress_timeout', `No answer from ${url.hostname} in time`, { cause: error });
  }
  return new PaycoreError('egress_network', `Could not reach ${url.hostname}`, { cause: error });
}
