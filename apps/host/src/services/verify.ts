import {
  type Credentials,
  type Environment,
  failure,
  isPaycoreError,
  type Logger as HookLogger,
  type VerifyResult,
} from '@paycore/core';
import type { ProviderEntry, Registry } from '@paycore/registry';
import type { Logger } from 'pino';
import { HttpError, type FieldError } from '../http/errors.js';

/** How the host runs verify hooks. */
export interface VerifySettings {
  egressOverrides: Readonly<Record<string, string>>;
  timeoutMs: number;
  /** Spreads bursts of provider answers over event-loop turns. */
  pace?: () => Promise<void>;
}

// The runner enforces the timeout itself; this outer limit only guards the import of a module
// that never settles, which the runner cannot see.
const IMPORT_GRACE_MS = 2_000;

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
 * Runs the provider's verify hook through the registry (core's runner: fenced fetch, timeout,
 * scrubbed result). A connector that cannot be loaded becomes a `misconfigured` result, so the
 * caller answers one way for every kind of connector fault.
 */
export async function runProviderVerify(
  registry: Registry,
  entry: ProviderEntry,
  input: { environment: Environment; credentials: Credentials },
  settings: VerifySettings,
  log: Logger,
  signal?: AbortSignal,
): Promise<VerifyResult> {
  let timer: NodeJS.Timeout | undefined;
  const outer = new Promise<VerifyResult>((resolve) => {
    timer = setTimeout(
      () => resolve(failure('timeout', `${entry.name} did not answer in time; try again`)),
      settings.timeoutMs + IMPORT_GRACE_MS,
    );
  });
  try {
    const running = registry
      .verify(entry.id, input, {
        egressOverrides: settings.egressOverrides,
        timeoutMs: settings.timeoutMs,
        ...(settings.pace ? { pace: settings.pace } : {}),
        logger: hookLogger(log, entry.id),
        ...(signal ? { signal } : {}),
      })
      .catch((error: unknown): VerifyResult => {
        if (isPaycoreError(error, 'connector_load_failed')) {
          log.error(
            { providerId: entry.id, err: { message: error.message } },
            'connector could not be loaded',
          );
          return failure(
            'misconfigured',
            `The ${entry.name} connector could not be loaded; the operator must fix it`,
            {
              retryable: false,
            },
          );
        }
        throw error;
      });
    return await Promise.race([running, outer]);
  } finally {
    clearTimeout(timer);
  }
}

/** Field errors for the credential fields a failed verify names. */
export function verifyFields(result: VerifyResult): FieldError[] {
  if (result.ok) return [];
  return (result.fields ?? []).map((field) => ({ path: `/credentials/${field}`, message: result.message }));
}

/**
 * The answer to a failed verify when connecting or changing credentials: 503 (retryable, the
 * provider's trouble), 502 (the connector is broken) or 422 `verification_failed`.
 */
export function verifyFailureError(result: Exclude<VerifyResult, { ok: true }>): HttpError {
  const extra = { reason: result.reason, retryable: result.retryable };
  const fields = verifyFields(result);
  if (result.retryable) {
    return new HttpError(503, 'provider_unavailable', result.message, {
      extra,
      fields,
      headers: { 'Retry-After': '5' },
    });
  }
  if (result.reason === 'misconfigured')
    return new HttpError(502, 'connector_failed', result.message, { extra });
  return new HttpError(422, 'verification_failed', result.message, { extra, fields });
}
