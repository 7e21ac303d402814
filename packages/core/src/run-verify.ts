import type { Dispatcher } from 'undici';
import { isPaycoreError, PaycoreError } from './errors.js';
import { scrubSecrets, scrubValue, secretValues } from './secrets.js';
import type {
  Connector,
  ConnectorFailure,
  ConnectorFaultKind,
  ConnectorManifest,
  DiscoverOutcome,
  Environment,
  HookCall,
  HookInvoker,
  HookName,
  Logger,
  RemoteConnector,
  SafeFetch,
  UncheckedVerifyInput,
  VerifyContext,
  VerifyFailure,
  VerifyOutcome,
} from './types.js';
import { failure } from './verify-helpers.js';
import { checkVerifyInput, fill, placeholders } from './verify-input.js';
import { isDiscoverResultShape, isVerifyResultShape } from './verify-result-validator.js';

/** Options the host sets for every verify. */
export interface RunVerifyOptions {
  /** Total time the hook may take, in ms (default 10 000). The one deadline of a verify. */
  timeoutMs?: number;
  /** Largest provider response read, raw or decoded, in bytes (default 1 MiB). */
  maxResponseBytes?: number;
  /** Provider origin → local simulator origin, for tests and local development. */
  egressOverrides?: Readonly<Record<string, string>>;
  /** Receives the hook's log lines, already scrubbed of secrets. */
  logger?: Logger;
  /** The caller gave up (e.g. the HTTP request went away): the verify ends with `verify_aborted`. */
  signal?: AbortSignal;
  /** The undici dispatcher provider requests go through (the host's capped agent); a shared default otherwise. */
  dispatcher?: Dispatcher;
  /**
   * Waits for a slot before the clock starts, and returns its release; throws `overloaded` when
   * the host sheds the verify. Time spent waiting is not the connector's.
   */
  admit?: () => Promise<() => void>;
}

const SILENT: Logger = { debug() {}, info() {}, warn() {}, error() {} };
// Fetch errors a hook let through keep their meaning: the provider's trouble, not the hook's.
const EGRESS_RESULTS: Record<string, (name: string) => VerifyFailure> = {
  egress_timeout: (name) => failure('timeout', `${name} did not answer in time; try again`),
  egress_aborted: (name) => failure('timeout', `${name} did not answer in time; try again`),
  egress_network: (name) => failure('network_error', `${name} could not be reached; try again`),
  egress_response_too_large: (name) =>
    failure('provider_unavailable', `${name} sent an answer larger than allowed`),
};

let sharedDispatcher: Dispatcher | undefined;

/**
 * Checks the input against the connector's form, then runs its verify hook — in this thread for a
 * {@link Connector}, wherever its invoker runs it for a {@link RemoteConnector} (the host's
 * sandbox) — under the host's rules: the safe fetch, one deadline, the result checked against its
 * schema, and every secret value scrubbed from what comes back.
 *
 * At the deadline the verify ends at once: `timeout` (the provider's, retryable) when a provider
 * request was in flight, otherwise a `connector_failed` outcome (the hook was computing or waiting
 * on nothing). Faults of the connector's code come back as `connector_failed` with their kind.
 *
 * Throws `credentials_invalid` (with every problem) when the input does not match the form,
 * `connector_not_ready` when the connector has no hook, `overloaded` when `admit` sheds the verify,
 * and `verify_aborted` when the caller's signal aborts. Never throws for anything the hook does.
 */
export function runVerify(
  connector: Connector | RemoteConnector,
  input: UncheckedVerifyInput,
  options: RunVerifyOptions = {},
): Promise<VerifyOutcome> {
  return runHook(connector, 'verify', input, options, checkResult);
}

/**
 * Runs the connector's discover hook under the same rules as {@link runVerify}: what the account
 * has enabled, or why it could not be read. A connector without the hook answers `unsupported`
 * (the invoker of a remote connector says so by throwing `connector_not_ready`).
 */
export async function runDiscover(
  connector: Connector | RemoteConnector,
  input: UncheckedVerifyInput,
  options: RunVerifyOptions = {},
): Promise<DiscoverOutcome> {
  if (!('invoke' in connector) && typeof connector.discover !== 'function')
    return unsupported(connector.manifest);
  try {
    return await runHook(connector, 'discover', input, options, checkDiscovered);
  } catch (error) {
    if (isPaycoreError(error, 'connector_not_ready') && connector.manifest.status === 'ready')
      return unsupported(connector.manifest);
    throw error;
  }
}

function unsupported(manifest: ConnectorManifest): DiscoverOutcome {
  return {
    ok: false,
    reason: 'unsupported',
    message: `The ${manifest.name} connector cannot read what an account has enabled`,
    retryable: false,
  };
}

type Checker<R> = (result: unknown, manifest: ConnectorManifest) => R;

async function runHook<R extends { ok: boolean }>(
  connector: Connector | RemoteConnector,
  hook: HookName,
  input: UncheckedVerifyInput,
  options: RunVerifyOptions,
  check: Checker<R>,
): Promise<R | VerifyFailure | ConnectorFailure> {
  const { manifest } = connector;
  const invoke = invokerOf(connector, hook);
  const credentials = checkVerifyInput(manifest, input);
  const environment = input.environment as Environment;
  const envConfig = manifest.environments[environment]!;
  const secrets = secretValues(manifest.credentials.schema, credentials);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const name = manifest.name;
  const hosts = envConfig.hosts
    .filter((host) => placeholders(host).every((field) => credentials[field]))
    .map((host) => fill(host, credentials));
  const baseUrl = fill(envConfig.baseUrl, credentials);
  // Loaded on first use: the main entry stays free of networking code, since connectors import it
  // inside the sandbox, where the network modules cannot be loaded.
  const { createSafeFetch, createEgressAgent } = await import('./egress/index.js');
  sharedDispatcher ??= options.dispatcher ? undefined : createEgressAgent();
  const dispatcher = options.dispatcher ?? sharedDispatcher!;

  const release = options.admit ? await options.admit() : undefined;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onCallerAbort: (() => void) | undefined;
  let inFlight = 0;
  let fault: { kind: ConnectorFaultKind; detail: string } | undefined;
  const logger = scrubbingLogger(options.logger ?? SILENT, secrets);
  try {
    const safeFetch = createSafeFetch({
      hosts,
      overrides: options.egressOverrides ?? {},
      timeoutMs,
      maxResponseBytes: options.maxResponseBytes ?? 1024 * 1024,
      signal: controller.signal,
      dispatcher,
    });
    const fetch: SafeFetch = async (target, init) => {
      inFlight++;
      try {
        return await safeFetch(target, init);
      } catch (error) {
        if ((error as { code?: unknown }).code === 'egress_denied')
          fault ??= { kind: 'undeclared_host', detail: (error as Error).message };
        throw error;
      } finally {
        inFlight--;
      }
    };
    const ended = new Promise<R | VerifyFailure | ConnectorFailure>((resolve, reject) => {
      timer = setTimeout(() => {
        resolve(
          inFlight > 0
            ? failure('timeout', `${name} did not answer within ${formatSeconds(timeoutMs)}; try again`)
            : connectorFailure(
                name,
                'time_limit',
                `its ${hook} hook did not finish within ${formatSeconds(timeoutMs)} and was stopped`,
              ),
        );
        controller.abort(new PaycoreError('egress_timeout', 'the verify ran out of time'));
      }, timeoutMs);
      onCallerAbort = () => {
        reject(new PaycoreError('verify_aborted', 'The caller stopped waiting for the verify'));
        controller.abort(options.signal?.reason);
      };
      if (options.signal?.aborted) onCallerAbort();
      else options.signal?.addEventListener('abort', onCallerAbort, { once: true });
    });
    const running = Promise.resolve()
      .then(() =>
        invoke(
          { hook, input: { credentials, environment } },
          { fetch, signal: controller.signal, logger, baseUrl },
        ),
      )
      .then(
        (result) => (fault ? connectorFailure(name, fault.kind, fault.detail) : check(result, manifest)),
        (error: unknown) =>
          fault ? connectorFailure(name, fault.kind, fault.detail) : fromThrown(error, name, hook),
      );
    return scrubValue(await Promise.race([running, ended]), secrets);
  } finally {
    clearTimeout(timer);
    if (onCallerAbort) options.signal?.removeEventListener('abort', onCallerAbort);
    if (!controller.signal.aborted)
      controller.abort(new PaycoreError('verify_aborted', 'the verify has ended'));
    release?.();
  }
}

function invokerOf(connector: Connector | RemoteConnector, hook: HookName): HookInvoker {
  const { manifest } = connector;
  if ('invoke' in connector) {
    if (manifest.status !== 'ready')
      throw new PaycoreError('connector_not_ready', `${manifest.name} cannot be connected yet`);
    return connector.invoke;
  }
  // Either hook takes the same input and context; the runner checks what it returns.
  const local = connector[hook] as
    | ((input: HookCall['input'], context: VerifyContext) => Promise<unknown>)
    | undefined;
  const invoke =
    typeof local === 'function'
      ? (((call, context) => local.call(connector, call.input, context)) satisfies HookInvoker)
      : undefined;
  if (manifest.status !== 'ready' || invoke === undefined)
    throw new PaycoreError('connector_not_ready', `${manifest.name} cannot be connected yet`);
  return invoke;
}

/** A `connector_failed` outcome; `detail` says what the code did, for the operator. */
export function connectorFailure(
  providerName: string,
  fault: ConnectorFailure['fault'],
  detail: string,
): ConnectorFailure {
  return {
    ok: false,
    reason: 'connector_failed',
    fault,
    message: `The ${providerName} connector failed: ${detail}. The platform operator must fix the connector`,
    retryable: false,
  };
}

function checkDiscovered(result: unknown, manifest: ConnectorManifest): DiscoverOutcome {
  if (isDiscoverResultShape(result)) return { ok: true, discovered: result };
  // A discover hook reports a provider answer it cannot use as a verify failure does.
  if (isVerifyResultShape(result) && !result.ok) return checkResult(result, manifest) as VerifyFailure;
  return connectorFailure(manifest.name, 'malformed_result', 'its discover hook returned a malformed result');
}

function checkResult(result: unknown, manifest: ConnectorManifest): VerifyOutcome {
  if (!isVerifyResultShape(result))
    return connectorFailure(manifest.name, 'malformed_result', 'its verify hook returned a malformed result');
  if (!result.ok && result.fields) {
    const fieldNames = Object.keys(manifest.credentials.schema.properties);
    const known = result.fields.filter((name) => fieldNames.includes(name));
    if (known.length > 0) return { ...result, fields: known };
    const { fields: _dropped, ...rest } = result;
    return rest;
  }
  return result;
}

function fromThrown(error: unknown, providerName: string, hook: HookName): VerifyFailure | ConnectorFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'connector_fault') {
    const kind = (error as PaycoreError).fault ?? 'crash';
    return connectorFailure(providerName, kind, (error as Error).message);
  }
  const egress = typeof code === 'string' ? EGRESS_RESULTS[code] : undefined;
  if (egress) return egress(providerName);
  const message = error instanceof Error ? error.message : String(error);
  return connectorFailure(providerName, 'crash', `its ${hook} hook threw “${message.slice(0, 300)}”`);
}

function scrubbingLogger(logger: Logger, secrets: string[]): Logger {
  if (secrets.length === 0) return logger;
  const wrap =
    (level: keyof Logger) =>
    (message: string, details?: Record<string, unknown>): void =>
      logger[level](scrubSecrets(message, secrets), details && scrubValue(details, secrets));
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
