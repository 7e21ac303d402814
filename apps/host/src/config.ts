import { isAbsolute, resolve } from 'node:path';
import { connectorPathsFromEnv } from '@paycore/registry';
import { type MasterKey, parseMasterKeys } from './crypto/keyring.js';
import { parseDuration } from './duration.js';
import { DEFAULT_MAIL_FROM, type MailConfig } from './mail/mailer.js';
import { parseRateLimits, type RateLimitOverrides } from './security/rate-limits.js';

/** Where the host keeps its data. */
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** pino's level names. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** A pino level name. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The host's configuration, checked and with every path absolute. */
export interface HostConfig {
  port: number;
  /** Address to bind; all interfaces when undefined. */
  bindHost?: string;
  dataDir: string;
  database: DatabaseConfig;
  /** Keys from `PAYCORE_MASTER_KEYS`, newest first; empty means "use the key file". */
  masterKeys: MasterKey[];
  connectorPaths: string[];
  /** Provider origin → simulator origin; empty in production. */
  egressOverrides: Record<string, string>;
  verifyTimeoutMs: number;
  /** How connector code runs: workers, their memory, verifies in flight, provider sockets, the breaker. */
  sandbox: SandboxConfig;
  /** Background work: scheduled checks and webhook deliveries. */
  jobs: JobsConfig;
  /** Lower-cased e-mail addresses of platform admins. */
  adminEmails: string[];
  logLevel: LogLevel;
  dashboardDir: string;
  /** Express `trust proxy` value (a hop count or trusted addresses); undefined leaves it off. */
  trustProxy?: number | string;
  /** Limits that replace the defaults (`PAYCORE_RATE_LIMITS`). */
  rateLimits: RateLimitOverrides;
  /** `SMTP_URL`, `MAIL_FROM`. */
  mail: MailConfig;
  /** The origin links in e-mails point to (`PAYCORE_PUBLIC_URL`); undefined: `http://localhost:<port>`. */
  publicUrl?: string;
}

/** The connector sandbox's limits (`PAYCORE_SANDBOX_*`, `PAYCORE_VERIFY_*`, `PAYCORE_EGRESS_*`). */
export interface SandboxConfig {
  maxWorkers: number;
  memoryLimitMb: number;
  verifyConcurrency: number;
  verifyConcurrencyPerProvider: number;
  verifyQueue: number;
  connectionsPerOrigin: number;
  breakerThreshold: number;
  breakerCoolDownMs: number;
}

/** Each sandbox setting: its variable, default, minimum and maximum. */
const SANDBOX_SETTINGS: Record<keyof SandboxConfig, [string, number, number, number]> = {
  maxWorkers: ['PAYCORE_SANDBOX_WORKERS', 4, 1, 64],
  memoryLimitMb: ['PAYCORE_SANDBOX_MEMORY_MB', 128, 32, 4096],
  verifyConcurrency: ['PAYCORE_VERIFY_CONCURRENCY', 64, 1, 10_000],
  verifyConcurrencyPerProvider: ['PAYCORE_VERIFY_CONCURRENCY_PER_PROVIDER', 16, 1, 10_000],
  verifyQueue: ['PAYCORE_VERIFY_QUEUE', 256, 0, 100_000],
  connectionsPerOrigin: ['PAYCORE_EGRESS_CONNECTIONS_PER_ORIGIN', 16, 1, 1_000],
  breakerThreshold: ['PAYCORE_BREAKER_THRESHOLD', 5, 1, 1_000],
  breakerCoolDownMs: ['PAYCORE_BREAKER_COOLDOWN_MS', 30_000, 0, 3_600_000],
};

/** Background work (`PAYCORE_WORKERS`, `PAYCORE_CHECK_INTERVAL`, `PAYCORE_WEBHOOK*`). */
export interface JobsConfig {
  /** Jobs of each kind (checks, deliveries) this host runs at once; 0 serves the API only. */
  workers: number;
  /** Time between two checks of a connection, unless its organisation sets its own. */
  checkIntervalMs: number;
  /** Time one webhook delivery attempt may take. */
  webhookTimeoutMs: number;
  /** Delay before a failed delivery is sent again; it doubles with every failure. */
  webhookRetryBaseMs: number;
  /** How long a delivery is retried, and how long an endpoint may keep failing before it is disabled. */
  webhookRetryForMs: number;
  /** Webhook URLs may use http and private, loopback or link-local addresses (development and tests). */
  webhooksAllowPrivate: boolean;
}

/** Each whole-number job setting: its variable, default, minimum and maximum. */
const JOB_NUMBERS: Record<'workers' | 'webhookTimeoutMs', [string, number, number, number]> = {
  workers: ['PAYCORE_WORKERS', 8, 0, 256],
  webhookTimeoutMs: ['PAYCORE_WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000],
};

const DAY_MS = 86_400_000;

/** Each duration job setting (`24h`, `15m`, `2s`): its variable, default, minimum and maximum in ms. */
const JOB_DURATIONS: Record<
  'checkIntervalMs' | 'webhookRetryBaseMs' | 'webhookRetryForMs',
  [string, string, number, number]
> = {
  checkIntervalMs: ['PAYCORE_CHECK_INTERVAL', '24h', 1_000, 30 * DAY_MS],
  webhookRetryBaseMs: ['PAYCORE_WEBHOOK_RETRY_BASE', '30s', 100, 3_600_000],
  webhookRetryForMs: ['PAYCORE_WEBHOOK_RETRY_FOR', '24h', 1_000, 30 * DAY_MS],
};

/** The job settings when no variable sets them. */
export const JOBS_DEFAULTS: JobsConfig = {
  ...(Object.fromEntries(Object.entries(JOB_NUMBERS).map(([key, [, fallback]]) => [key, fallback])) as Pick<
    JobsConfig,
    keyof typeof JOB_NUMBERS
  >),
  ...(Object.fromEntries(
    Object.entries(JOB_DURATIONS).map(([key, [, fallback]]) => [key, parseDuration(fallback)]),
  ) as Pick<JobsConfig, keyof typeof JOB_DURATIONS>),
  webhooksAllowPrivate: false,
};

/** The sandbox settings when no variable sets them. */
export const SANDBOX_DEFAULTS = Object.fromEntries(
  Object.entries(SANDBOX_SETTINGS).map(([key, [, fallback]]) => [key, fallback]),
) as unknown as SandboxConfig;

/** Where relative paths are resolved and which folders the host lives in. */
export interface ConfigContext {
  /** The host package folder (holds package.json). */
  hostDir: string;
  /** The pnpm workspace root, when the host runs inside the repository. */
  workspaceRoot?: string;
  cwd?: string;
}

/** The outcome of {@link loadConfig}: the config, or every problem, each naming its variable. */
export type ConfigResult = { ok: true; config: HostConfig } | { ok: false; errors: string[] };

const DEFAULT_PORT = 3000;
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Reads the configuration from environment variables and checks every value, collecting all
 * problems so a person fixes them in one go. Relative paths resolve against the workspace root
 * when the host is started through a package-manager script (`pnpm start`, whose working folder
 * is apps/host) so data lands in one place however it is started; otherwise against the
 * working folder.
 */
export function loadConfig(env: NodeJS.ProcessEnv, context: ConfigContext): ConfigResult {
  const errors: string[] = [];
  const cwd = context.cwd ?? process.cwd();
  const viaScript = env.npm_lifecycle_event !== undefined && context.workspaceRoot !== undefined;
  const base = viaScript ? context.workspaceRoot! : cwd;
  const at = (path: string): string => (isAbsolute(path) ? path : resolve(base, path));

  const port = integer(env, 'PORT', DEFAULT_PORT, 0, 65_535, errors);
  const dataDir = at(nonEmpty(env.PAYCORE_DATA_DIR) ?? './data');
  const database = parseDatabase(env.DATABASE_URL, dataDir, at, errors);
  let masterKeys: MasterKey[] = [];
  const keysText = nonEmpty(env.PAYCORE_MASTER_KEYS);
  if (keysText !== undefined) {
    const parsed = parseMasterKeys(keysText);
    if (parsed.ok) masterKeys = parsed.keys;
    else errors.push(`PAYCORE_MASTER_KEYS: ${parsed.error}`);
  }
  const egressOverrides = parseOverrides(env.PAYCORE_EGRESS_OVERRIDES, errors);
  const verifyTimeoutMs = integer(env, 'PAYCORE_VERIFY_TIMEOUT_MS', DEFAULT_TIMEOUT_MS, 100, 120_000, errors);
  const sandbox = Object.fromEntries(
    Object.entries(SANDBOX_SETTINGS).map(([key, [name, fallback, min, max]]) => [
      key,
      integer(env, name, fallback, min, max, errors),
    ]),
  ) as unknown as SandboxConfig;
  const jobs = parseJobs(env, errors);
  const adminEmails = (env.PAYCORE_ADMIN_EMAILS ?? '')
    .split(/[\s,]+/)
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email !== '');
  for (const email of adminEmails) {
    if (!/^[^@\s]+@[^@\s]+$/.test(email))
      errors.push(`PAYCORE_ADMIN_EMAILS: "${email}" is not an e-mail address`);
  }
  const levelText = (nonEmpty(env.LOG_LEVEL) ?? 'info').toLowerCase();
  const logLevel = (LOG_LEVELS as readonly string[]).includes(levelText) ? (levelText as LogLevel) : 'info';
  if (levelText !== logLevel) errors.push(`LOG_LEVEL: must be one of ${LOG_LEVELS.join(', ')}`);
  const dashboardDir = nonEmpty(env.PAYCORE_DASHBOARD_DIR)
    ? at(env.PAYCORE_DASHBOARD_DIR!)
    : resolve(context.hostDir, '..', 'dashboard', 'dist');
  const trustProxy = parseTrustProxy(env.PAYCORE_TRUST_PROXY, errors);
  let rateLimits: RateLimitOverrides = {};
  const limitsText = nonEmpty(env.PAYCORE_RATE_LIMITS);
  if (limitsText !== undefined) {
    const parsed = parseRateLimits(limitsText, parseDuration);
    if (parsed.ok) rateLimits = parsed.limits;
    else errors.push(...parsed.errors.map((error) => `PAYCORE_RATE_LIMITS: ${error}`));
  }
  const mail = parseMail(env, errors);
  const publicUrl = nonEmpty(env.PAYCORE_PUBLIC_URL);
  if (publicUrl !== undefined && origin(publicUrl) !== publicUrl.replace(/\/$/, ''))
    errors.push(
      `PAYCORE_PUBLIC_URL: must be an http(s) origin such as https://paycore.example, not "${publicUrl}"`,
    );
  const bindHost = nonEmpty(env.HOST);

  if (errors.length > 0) return { ok: false, errors };
  const config: HostConfig = {
    port,
    dataDir,
    database,
    masterKeys,
    connectorPaths: connectorPathsFromEnv(env.PAYCORE_CONNECTOR_PATHS).map(at),
    egressOverrides,
    verifyTimeoutMs,
    sandbox,
    jobs,
    adminEmails,
    logLevel,
    dashboardDir,
    rateLimits,
    mail,
  };
  if (publicUrl !== undefined) config.publicUrl = publicUrl.replace(/\/$/, '');
  if (bindHost !== undefined) config.bindHost = bindHost;
  if (trustProxy !== undefined) config.trustProxy = trustProxy;
  return { ok: true, config };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  errors: string[],
): number {
  const text = nonEmpty(env[name]);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    errors.push(`${name}: must be a whole number from ${min} to ${max}, not "${text}"`);
    return fallback;
  }
  return Number(text);
}

function parseJobs(env: NodeJS.ProcessEnv, errors: string[]): JobsConfig {
  const jobs: JobsConfig = { ...JOBS_DEFAULTS };
  for (const [key, [name, fallback, min, max]] of Object.entries(JOB_NUMBERS))
    jobs[key as keyof typeof JOB_NUMBERS] = integer(env, name, fallback, min, max, errors);
  for (const [key, [name, , min, max]] of Object.entries(JOB_DURATIONS)) {
    const text = nonEmpty(env[name]);
    if (text === undefined) continue;
    const ms = parseDuration(text);
    if (ms === undefined || ms < min || ms > max)
      errors.push(
        `${name}: must be a duration like 24h, 15m or 2s from ${min} ms to ${max / DAY_MS} days, not "${text}"`,
      );
    else jobs[key as keyof typeof JOB_DURATIONS] = ms;
  }
  const allowPrivate = nonEmpty(env.PAYCORE_WEBHOOKS_ALLOW_PRIVATE)?.toLowerCase();
  if (allowPrivate !== undefined && !['1', 'true', '0', 'false'].includes(allowPrivate))
    errors.push(`PAYCORE_WEBHOOKS_ALLOW_PRIVATE: must be 1 or 0, not "${allowPrivate}"`);
  jobs.webhooksAllowPrivate = allowPrivate === '1' || allowPrivate === 'true';
  return jobs;
}

function parseDatabase(
  value: string | undefined,
  dataDir: string,
  at: (path: string) => string,
  errors: string[],
): DatabaseConfig {
  const text = nonEmpty(value);
  if (text === undefined) return { kind: 'sqlite', file: resolve(dataDir, 'paycore.sqlite') };
  if (/^postgres(ql)?:\/\//i.test(text)) {
    try {
      new URL(text);
      return { kind: 'postgres', url: text };
    } catch {
      errors.push('DATABASE_URL: is not a valid postgres:// URL');
      return { kind: 'postgres', url: text };
    }
  }
  const sqlite = /^(?:sqlite|file):(.+)$/i.exec(text);
  if (sqlite) return { kind: 'sqlite', file: at(sqlite[1]!.replace(/^\/\/(?=\/)/, '')) };
  errors.push('DATABASE_URL: must be a postgres:// URL or sqlite:<path of a file>');
  return { kind: 'sqlite', file: resolve(dataDir, 'paycore.sqlite') };
}

function parseOverrides(value: string | undefined, errors: string[]): Record<string, string> {
  const text = nonEmpty(value);
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    errors.push(
      'PAYCORE_EGRESS_OVERRIDES: is not JSON; expected {"https://api.stripe.com":"http://127.0.0.1:4010"}',
    );
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    errors.push(
      'PAYCORE_EGRESS_OVERRIDES: must be a JSON object mapping a provider origin to a local origin',
    );
    return {};
  }
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(parsed)) {
    const fromOrigin = origin(from);
    const toOrigin = typeof to === 'string' ? origin(to) : undefined;
    if (fromOrigin === undefined || toOrigin === undefined) {
      errors.push(`PAYCORE_EGRESS_OVERRIDES: "${from}" must map an http(s) origin to an http(s) origin`);
      continue;
    }
    out[fromOrigin] = toOrigin;
  }
  return out;
}

function origin(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `true` is refused: express would then take the client address from the left end of
 * `X-Forwarded-For`, which the client writes itself, so every request could claim a fresh address
 * and pass the per-address limits. A hop count or the proxies' addresses make express take the
 * address the nearest proxy appended.
 */
function parseTrustProxy(value: string | undefined, errors: string[]): number | string | undefined {
  const text = nonEmpty(value);
  if (text === undefined || text === 'false' || text === '0') return undefined;
  if (text === 'true') {
    errors.push(
      'PAYCORE_TRUST_PROXY: "true" would trust any X-Forwarded-For a client sends; give the number of proxies in front of the host (1) or their addresses (loopback, 10.0.0.0/8)',
    );
    return undefined;
  }
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

function parseMail(env: NodeJS.ProcessEnv, errors: string[]): MailConfig {
  const smtpUrl = nonEmpty(env.SMTP_URL);
  const from = nonEmpty(env.MAIL_FROM) ?? DEFAULT_MAIL_FROM;
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/\s]+/i.test(smtpUrl))
    errors.push('SMTP_URL: must be smtp://[user:password@]host[:port] or smtps://…');
  if (!/@[^@\s>]+>?$/.test(from))
    errors.push(`MAIL_FROM: must be an address, e.g. PayCore <no-reply@paycore.example>`);
  return smtpUrl === undefined ? { from } : { smtpUrl, from };
}
