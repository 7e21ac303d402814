import {
  type ConnectorFailure,
  type ConnectorManifest,
  connectorFailure,
  type DiscoverOutcome,
  type HookName,
  isPaycoreError,
  type Logger,
  PaycoreError,
  type RemoteConnector,
  type RunVerifyOptions,
  runDiscover,
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
  /**
   * Reads what the account has enabled with the connector's discover hook, under the same rules.
   * A connector without the hook answers `unsupported`.
   */
  discover(
    connector: SandboxConnector,
    input: UncheckedVerifyInput,
    options?: SandboxVerifyOptions,
  ): Promise<DiscoverOutcome>;
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

  /**
   * One hook call under the host's rules: the breaker, a slot, the connector imported before the
   * clock starts (a process start on a busy host is not the connector's time; the import has a
   * limit of its own), core's runner, and the outcome counted against the connector or not.
   */
  const run = async <O extends VerifyOutcome | DiscoverOutcome>(
    hook: HookName,
    connector: SandboxConnector,
    input: UncheckedVerifyInput,
    hookOptions: SandboxVerifyOptions,
    runner: (remote: RemoteConnector, input: UncheckedVerifyInput, options: RunVerifyOptions) => Promise<O>,
  ): Promise<O | ConnectorFailure> => {
    const { manifest } = connector;
    if (!book.allow(manifest.id))
      return connectorFailure(
        manifest.name,
        'circuit_open',
        'it failed repeatedly, so its checks are paused for a while',
      );
    const timeoutMs = hookOptions.timeoutMs ?? options.timeoutMs ?? 10_000;
    const admit = async () => {
      const release = await admission.admit(manifest.id);
      try {
        const hooks = await pool.ready(connector, timeoutMs);
        if (!hooks.includes(hook))
          throw new PaycoreError('connector_not_ready', `The ${manifest.name} connector has no ${hook} hook`);
        return release;
      } catch (error) {
        release();
        throw error;
      }
    };
    let settled = false;
    try {
      const outcome = await runner(
        { manifest, invoke: (call, context) => pool.run(connector, call, context) },
        input,
        {
          dispatcher,
          admit,
          timeoutMs,
          ...(options.maxResponseBytes === undefined ? {} : { maxResponseBytes: options.maxResponseBytes }),
          egressOverrides: hookOptions.egressOverrides ?? options.egressOverrides ?? {},
          ...(hookOptions.signal ? { signal: hookOptions.signal } : {}),
          ...(hookOptions.logger ? { logger: hookOptions.logger } : {}),
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
      // A call that threw (bad input, shed, caller gone, no such hook) says nothing about the connector.
      if (!settled) book.cancel(manifest.id);
    }
  };

  return {
    verify: (connector, input, verifyOptions = {}) =>
      run('verify', connector, input, verifyOptions, runVerify),
    discover: (connector, input, discoverOptions = {}) =>
      run('discover', connector, input, discoverOptions, runDiscover),
    faults: () => book.report(),
    workers: () => pool.workers(),
    async close() {
      await pool.close();
      await dispatcher.close();
    },
  };
}
