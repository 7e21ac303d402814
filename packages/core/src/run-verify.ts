import { createCredentialValidator } from './credentials.js';
import { isPaycoreError, PaycoreError, type Problem } from './errors.js';
import { createSafeFetch } from './safe-fetch.js';
import { scrubSecrets, scrubValue, secretValues } from './secrets.js';
import {
  ENVIRONMENTS,
  type Connector,
  type Credentials,
  type Environment,
  type Logger,
  type VerifyInput,
  type VerifyResult,
} from './types.js';
import { failure } from './verify-helpers.js';
import { isVerifyResultShape } from './verify-result-validator.js';

/** Options the host sets for every verify. */
export interface RunVerifyOptions {
  /** Total time the hook may take, in ms (default 10 000). */
  timeoutMs?: number;
  /** Largest provider response read, in bytes (default 1 MiB). */
  maxResponseBytes?: number;
  /** Provider origin → local simulator origin, for tests and local development. */
  egressOverrides?: Readonly<Record<string, string>>;
  /** Receives the hook's log lines, already scrubbed of secrets. */
  logger?: Logger;
  /** Aborts the verify from outside (e.g. the HTTP request went away). */
  signal?: AbortSignal;
  /** A fetch to send the hook's requests through (e.g. a test's stub); node:http(s) by default. */
  fetchImpl?: typeof fetch;
  /** Awaited when each provider answer has been read, before the hook sees it (see `SafeFetchOptions.pace`). */
  pace?: () => Promise<void>;
}

const VERIFY_FINISHED = new Error('the verify has finished');
const SILENT: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Checks the input against the connector's form, then runs its verify hook inside the host's
 * guard rails: the safe fetch, a total time limit, errors turned into typed results, the result
 * checked against its schema, and every secret value scrubbed from what comes back.
 *
 * Throws `credentials_invalid` (with every problem) when the input does not match the form, and
 * `connector_not_ready` when the connector has no hook. Never throws for anything the hook does.
 */
export async function runVerify(
  connector: Connector,
  input: VerifyInput<unknown>,
  options: RunVerifyOptions = {},
): Promise<VerifyResult> {
  const { manifest } = connector;
  const verify = connector.verify;
  if (manifest.status !== 'ready' || typeof verify !== 'function') {
    throw new PaycoreError('connector_not_ready', `${manifest.name} cannot be connected yet`);
  }
  const credentials = checkInput(connector, input);
  const environment = input.environment as Environment;
  const envConfig = manifest.environments[environment]!;
  const secrets = secretValues(manifest.credentials.schema, credentials);
  const timeoutMs = options.timeoutMs ?? 10_000;

  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<VerifyResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new PaycoreError('egress_timeout', 'verify timed out'));
      resolve(
        failure('timeout', `${manifest.name} did not answer within ${formatSeconds(timeoutMs)}; try again`),
      );
    }, timeoutMs);
  });
  const logger = scrubbingLogger(options.logger ?? SILENT, secrets);

  try {
    const fetch = createSafeFetch({
      hosts: envConfig.hosts
        .filter((host) => placeholders(host).every((name) => credentials[name]))
        .map((host) => fill(host, credentials)),
      overrides: options.egressOverrides ?? {},
      timeoutMs,
      maxResponseBytes: options.maxResponseBytes ?? 1024 * 1024,
      signal: controller.signal,
      ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
      ...(options.pace ? { pace: options.pace } : {}),
    });
    const baseUrl = fill(envConfig.baseUrl, credentials);
    const running = Promise.resolve()
      .then(() => verify({ credentials, environment }, { fetch, signal: controller.signal, logger, baseUrl }))
      .then(
        (result) => checkResult(result, manifest.name, Object.keys(manifest.credentials.schema.properties)),
        (error: unknown) => fromThrown(error, manifest.name, logger),
      );
    const result = await Promise.race([running, timedOut]);
    return scrubValue(result, secrets);
  } catch (error) {
    return scrubValue(fromThrown(error, manifest.name, logger), secrets);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
    // A fixed reason: without one, every verify would build a DOMException nobody reads.
    controller.abort(VERIFY_FINISHED);
  }
}

function checkInput(connector: Connector, input: VerifyInput<unknown>): Credentials {
  const { manifest } = connector;
  const problems: Problem[] = [];
  const environment = input?.environment;
  if (!ENVIRONMENTS.includes(environment)) {
    problems.push({ pointer: '/environment', message: `must be one of: ${ENVIRONMENTS.join(', ')}` });
  } else if (!manifest.environments[environment]) {
    problems.push({ pointer: '/environment', message: `${manifest.name} has no ${environment} environment` });
  }
  const credentialProblems = createCredentialValidator(manifest)(input?.credentials);
  for (const problem of credentialProblems)
    problems.push({ pointer: `/credentials${problem.pointer}`, message: problem.message });
  const envConfig = ENVIRONMENTS.includes(environment) ? manifest.environments[environment] : undefined;
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
    throw new PaycoreError('credentials_invalid', 'The credentials do not match the form', { problems });
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

function checkResult(result: unknown, providerName: string, fieldNames: string[]): VerifyResult {
  if (!isVerifyResultShape(result)) {
    return failure(
      'misconfigured',
      `The ${providerName} connector returned a malformed result; the connector needs fixing`,
      { retryable: false },
    );
  }
  if (!result.ok && result.fields) {
    const known = result.fields.filter((name) => fieldNames.includes(name));
    if (known.length > 0) return { ...result, fields: known };
    const { fields: _dropped, ...rest } = result;
    return rest;
  }
  return result;
}

function fromThrown(error: unknown, providerName: string, logger: Logger): VerifyResult {
  if (isPaycoreError(error)) {
    switch (error.code) {
      case 'egress_timeout':
        return failure('timeout', `${providerName} did not answer in time; try again`);
      case 'egress_network':
        return failure('network_error', `${providerName} could not be reached; try again`);
      case 'egress_response_too_large':
        return failure('provider_unavailable', `${providerName} sent an answer larger than allowed`);
      case 'egress_denied':
        logger.warn('connector request refused', { reason: error.message });
        return failure(
          'misconfigured',
          `The ${providerName} connector tried a request the host does not allow: ${error.message}`,
          { retryable: false },
        );
      default:
        break;
    }
  }
  logger.error('connector verify hook threw', {
    error: error instanceof Error ? error.message : String(error),
  });
  return failure(
    'misconfigured',
    `The ${providerName} connector failed unexpectedly; the connector needs fixing`,
    { retryable: false },
  );
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
