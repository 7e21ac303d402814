import {
  type ConnectorManifest,
  connectorFailure,
  isPaycoreError,
  type Logger,
  runVerify,
  type UncheckedVerifyInput,
  type VerifyOutcome,
} from '@paycore/core';
import { createEgressAgent, type EgressAgentOptions } from '@paycore/core/egress';
import { type AdmissionLimits, createAdmission } from './admission.js';
import { type BreakerOptions, type ConnectorFaults, createFaultBook } from './faults.js';
import { type ConnectorModule, createWorkerPool, type PoolOptions } from './pool.js';

/** Everything a host decides about running connector code. */
export interface SandboxOptions extends PoolOptions {
  /** Total time one verify may take, in ms (default 10 000). */
  timeoutMs?: number;
  /** Largest provider answer read, raw or decoded (default 1 MiB). */
  maxResponseBytes?: number;
  /** Provider origin → local simulator origin, for tests and local development. */
  egressOverrides?: Readonly<Record<string, string>>;
  /** Verifies in flight and waiting. */
  limits?: AdmissionLimits;
  /** The circuit breaker per connector. */
  breaker?: BreakerOptions;
  /** Sockets, keep-alive and timeouts of provider calls (sockets per provider origin default 16). */
  egress?: EgressAgentOptions;
}

/** A connector as the sandbox runs it: its validated manifest and where its code is. */
export interface SandboxConnector extends ConnectorModule {
  manifest: ConnectorManifest;
}

/** Per-verify options. */
export interface SandboxVerifyOptions {
  /** The caller went away: the verify ends with `verify_aborted`. */
  signal?: AbortSignal;
  /** Receives the hook's log lines, scrubbed. */
  logger?: Logger;
  /** This verify's own egress overrides (a test's mock provider), instead of the sandbox's. */
  egressOverrides?: Readonly<Record<string, string>>;
  /** This verify's own time limit, instead of the sandbox's. */
  timeoutMs?: number;
}

/** Runs connector hooks in worker processes under the host's limits. */
export interface Sandbox {
  /**
   * Verifies credentials with the connector's hook in its worker. Throws what `runVerify` throws
   * (`credentials_invalid`, `overloaded`, `verify_aborted`); a connector fault is an outcome.
   */
  verify(
    connector: SandboxConnector,
    input: UncheckedVerifyInput,
    options?: SandboxVerifyOptions,
  ): Promise<VerifyOutcome>;
  /** Runtime faults and circuit state per connector, for diagnostics. */
  faults(): ConnectorFaults[];
  /** Live worker processes. */
  workers(): { connectorId: string; pid: number | undefined; busy: number }[];
  /** Stops every worker and closes provider connections. */
  close(): Promise<void>;
}

/** Creates the connector sandbox: a worker pool, admission control, a fault book and one egress agent. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const pool = createWorkerPool(options);
  const admission = createAdmission(options.limits);
  const book = createFaultBook(options.breaker);
  const dispatcher = createEgressAgent({
    ...(options.maxResponseBytes === undefined ? {} : { maxResponseBytes: options.maxResponseBytes }),
    ...options.egress,
  });

  return {
    async verify(connector, input, verifyOptions = {}) {
      const { manifest } = connector;
      if (!book.allow(manifest.id))
        return connectorFailure(
          manifest.name,
          'circuit_open',
          'it failed repeatedly, so its checks are paused for a while',
        );
      const timeoutMs = verifyOptions.timeoutMs ?? options.timeoutMs ?? 10_000;
      // The verify's clock starts once the worker has imported the connector: starting a process
      // on a busy host is not the connector's time. The import has a limit of its own.
      const admit = async () => {
        const release = await admission.admit(manifest.id);
        try {
          await pool.ready(connector, timeoutMs);
          return release;
        } catch (error) {
          release();
          throw error;
        }
      };
      let settled = false;
      try {
        const outcome = await runVerify(
          { manifest, invoke: (call, context) => pool.run(connector, call, context) },
          input,
          {
            dispatcher,
            admit,
            timeoutMs,
            ...(options.maxResponseBytes === undefined ? {} : { maxResponseBytes: options.maxResponseBytes }),
            egressOverrides: verifyOptions.egressOverrides ?? options.egressOverrides ?? {},
            ...(verifyOptions.signal ? { signal: verifyOptions.signal } : {}),
            ...(verifyOptions.logger ? { logger: verifyOptions.logger } : {}),
          },
        );
        settled = true;
        book.settle(
          manifest.id,
          outcome.ok || outcome.reason !== 'connector_failed' || outcome.fault === 'circuit_open'
            ? undefined
            : { kind: outcome.fault, message: outcome.message },
        );
        return outcome;
      } catch (error) {
        if (!isPaycoreError(error, 'connector_fault')) throw error;
        const outcome = connectorFailure(manifest.name, error.fault ?? 'import_failed', error.message);
        settled = true;
        book.settle(manifest.id, { kind: error.fault ?? 'import_failed', message: outcome.message });
        return outcome;
      } finally {
        // A verify that threw (bad input, shed, caller gone) says nothing about the connector.
        if (!settled) book.cancel(manifest.id);
      }
    },
    faults: () => book.report(),
    workers: () => pool.workers(),
    async close() {
      await pool.close();
      await dispatcher.close();
    },
  };
}
