import type { Dispatcher } from 'undici';
import { createCredentialValidator } from './credentials.js';
import { PaycoreError, type Problem } from './errors.js';
import { scrubSecrets, scrubValue, secretValues } from './secrets.js';
import {
  type Connector,
  type ConnectorFailure,
  type ConnectorFaultKind,
  type ConnectorManifest,
  type Credentials,
  ENVIRONMENTS,
  type Environment,
  type HookInvoker,
  type Logger,
  type RemoteConnector,
  type SafeFetch,
  type UncheckedVerifyInput,
  type VerifyOutcome,
  type VerifyResult,
} from './types.js';
import { failure } from './verify-helpers.js';
import { isVerifyResultShape } from './verify-result-validator.js';

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
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Fetch errors a hook let through keep their meaning: the provider's trouble, not the hook's.
const EGRESS_RESULTS: Record<string, (name: string) => VerifyResult> = {
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
export async function runVerify(
  connector: Connector | RemoteConnector,
  input: UncheckedVerifyInput,
  options: RunVerifyOptions = {},
): Promise<VerifyOutcome> {
  const { manifest } = connector;
  const invoke = invokerOf(connector);
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
    const ended = new Promise<VerifyOutcome>((resolve, reject) => {
      timer = setTimeout(() => {
        resolve(
          inFlight > 0
            ? failure('timeout', `${name} did not answer within ${formatSeconds(timeoutMs)}; try again`)
            : connectorFailure(
                name,
                'time_limit',
                `its verify hook did not finish within ${formatSeconds(timeoutMs)} and was stopped`,
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
          { hook: 'verify', input: { credentials, environment } },
          { fetch, signal: controller.signal, logger, baseUrl },
        ),
      )
      .then(
        (result) =>
          fault ? connectorFailure(name, fault.kind, fault.detail) : checkResult(result, manifest),
        (error: unknown) =>
          fault ? connectorFailure(name, fault.kind, fault.detail) : fromThrown(error, name),
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

function invokerOf(connector: Connector | RemoteConnector): HookInvoker {
  const { manifest } = connector;
  const invoke =
    'invoke' in connector
      ? connector.invoke
      : typeof connector.verify === 'function'
        ? (((call, context) => connector.verify!(call.input, context)) satisfies HookInvoker)
        : undefined;
  if (manifest.status !== 'ready' || invoke === undefined)
    throw new PaycoreError('connector_not_ready', `${manifest.name} cannot be connected yet`);
  return invoke;
}

/**
 * Checks a verify's input against the connector's form and environments — every problem at once,
 * each pointer into the input — and returns the credentials. Throws `credentials_invalid`.
 */
export function checkVerifyInput(manifest: ConnectorManifest, input: UncheckedVerifyInput): Credentials {
  const problems: Problem[] = [];
  const environment = input?.environment as Environment;
  const offered = ENVIRONMENTS.filter((name) => manifest.environments[name]);
  if (!offered.includes(environment))
    problems.push({ pointer: '/environment', message: `must be one of: ${offered.join(', ')}` });
  const credentialProblems = createCredentialValidator(manifest)(input?.credentials);
  for (const problem of credentialProblems)
    problems.push({ pointer: `/credentials${problem.pointer}`, message: problem.message });
  const envConfig = offered.includes(environment) ? manifest.environments[environment] : undefined;
  if (envConfig && credentialProblems.length === 0) {
    // A field the environment's URL is built from (e.g. Adyen's live URL prefix) is required there,
    // even when the form marks it optional because the other environment does without it.
    const credentials = input.credentials as Credentials;
    for (const name of placeholders(envConfig.baseUrl)) {
      const value = credentials[name];
      if (value === undefined || value === '') {
        problems.push({
          pointer: `/credentials/${name}`,
          message: `is required for the ${environment} environment`,
        });
      } else if (!HOST_LABEL.test(String(value).toLowerCase())) {
        problems.push({
          pointer: `/credentials/${name}`,
          message: 'must be a single host-name label: letters, digits and dashes',
        });
      }
    }
  }
  if (problems.length > 0)
    throw new PaycoreError('credentials_invalid', `The ${manifest.name} credentials do not match the form`, {
      problems,
    });
  return input.credentials as Credentials;
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((match) => match[1]!);
}

/** Replaces `{field}` placeholders with credential values that form a single host label. */
function fill(template: string, credentials: Credentials): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const value = String(credentials[name] ?? '').toLowerCase();
    if (!HOST_LABEL.test(value))
      throw new PaycoreError('egress_denied', `Credential field ${name} cannot form a host name`);
    return value;
  });
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

function fromThrown(error: unknown, providerName: string): VerifyOutcome {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'connector_fault') {
    const kind = (error as PaycoreError).fault ?? 'crash';
    return connectorFailure(providerName, kind, (error as Error).message);
  }
  const egress = typeof code === 'string' ? EGRESS_RESULTS[code] : undefined;
  if (egress) return egress(providerName);
  const message = error instanceof Error ? error.message : String(error);
  return connectorFailure(providerName, 'crash', `its verify hook threw “${message.slice(0, 300)}”`);
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
