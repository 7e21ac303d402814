import type { Credentials, Logger as HookLogger, VerifyOutcome } from '@paycore/core';
import type { Registry } from '@paycore/registry';
import type { Sandbox } from '@paycore/sandbox';
import type { Logger } from 'pino';
import { ApiError, type FieldError } from '../http/errors.js';

function hookLogger(log: Logger, providerId: string): HookLogger {
  // Most hooks never log; the child logger (with its redaction set-up) is made on first use.
  let child: Logger | undefined;
  const at = () => {
    child ??= log.child({ providerId });
    return child;
  };
  return {
    debug: (message, details) => at().debug(details ?? {}, message),
    info: (message, details) => at().info(details ?? {}, message),
    warn: (message, details) => at().warn(details ?? {}, message),
    error: (message, details) => at().error(details ?? {}, message),
  };
}

/**
 * Runs the provider's verify hook in the sandbox (a worker process, core's runner: fenced fetch,
 * one deadline, validated input, scrubbed outcome). A connector fault is logged for the operator.
 */
export async function runProviderVerify(
  deps: { registry: Registry; sandbox: Sandbox },
  providerId: string,
  input: { environment: unknown; credentials: Credentials },
  log: Logger,
  signal?: AbortSignal,
): Promise<VerifyOutcome> {
  const outcome = await deps.sandbox.verify(deps.registry.connector(providerId), input, {
    logger: hookLogger(log, providerId),
    ...(signal ? { signal } : {}),
  });
  if (!outcome.ok && outcome.reason === 'connector_failed')
    log.error({ providerId, fault: outcome.fault, detail: outcome.message }, 'connector fault');
  return outcome;
}

/** Field errors for the credential fields a failed verify names. */
function verifyFields(result: VerifyOutcome): FieldError[] {
  if (result.ok || result.reason === 'connector_failed') return [];
  return (result.fields ?? []).map((field) => ({ path: `/credentials/${field}`, message: result.message }));
}

/**
 * The error for a failed verify when connecting or changing credentials: `provider_unavailable`
 * (retryable, the provider's trouble), `connector_failed` (the connector is broken) or
 * `verification_failed` (the provider said no).
 */
export function verifyFailureError(result: Exclude<VerifyOutcome, { ok: true }>): ApiError {
  if (result.reason === 'connector_failed')
    return new ApiError('connector_failed', result.message, {
      extra: { reason: result.reason, fault: result.fault, retryable: false },
    });
  const extra = { reason: result.reason, retryable: result.retryable };
  const fields = verifyFields(result);
  if (result.retryable)
    return new ApiError('provider_unavailable', result.message, {
      extra,
      fields,
      headers: { 'Retry-After': '5' },
    });
  return new ApiError('verification_failed', result.message, { extra, fields });
}
