import {
  type Credentials,
  type DiscoverOutcome,
  type Logger as HookLogger,
  isPaycoreError,
  type VerifyOutcome,
} from '@paycore/core';
import type { Registry } from '@paycore/registry';
import type { Sandbox } from '@paycore/sandbox';
import type { Logger } from 'pino';
import { ApiError, type FieldError } from '../http/errors.js';
import { storableValue } from '../security/storable.js';

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
 * The outcome's text (the provider's message, the account's details) is made storable — no NUL,
 * control characters or lone surrogates, bounded length — before anything stores or answers it.
 */
export async function runProviderVerify(
  deps: { registry: Registry; sandbox: Sandbox },
  providerId: string,
  input: { environment: unknown; credentials: Credentials },
  log: Logger,
  signal?: AbortSignal,
): Promise<VerifyOutcome> {
  const outcome = storableValue(
    await deps.sandbox.verify(deps.registry.connector(providerId), input, {
      logger: hookLogger(log, providerId),
      ...(signal ? { signal } : {}),
    }),
  );
  if (!outcome.ok && outcome.reason === 'connector_failed')
    log.error({ providerId, fault: outcome.fault, detail: outcome.message }, 'connector fault');
  return outcome;
}

/**
 * Reads what the account has enabled with the connector's discover hook, in the sandbox. Never
 * throws for the account or the connector: a connector without the hook, a provider error, a
 * fault, or a host too busy to run it now all come back as a failure the caller falls back from.
 */
export async function runProviderDiscover(
  deps: { registry: Registry; sandbox: Sandbox },
  providerId: string,
  input: { environment: unknown; credentials: Credentials },
  log: Logger,
  signal?: AbortSignal,
): Promise<DiscoverOutcome> {
  try {
    const outcome = storableValue(
      await deps.sandbox.discover(deps.registry.connector(providerId), input, {
        logger: hookLogger(log, providerId),
        ...(signal ? { signal } : {}),
      }),
    );
    if (!outcome.ok && outcome.reason === 'connector_failed')
      log.error({ providerId, fault: outcome.fault, detail: outcome.message }, 'connector fault');
    return outcome;
  } catch (error) {
    if (!isPaycoreError(error, 'overloaded')) throw error;
    return { ok: false, reason: 'provider_unavailable', message: error.message, retryable: true };
  }
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
