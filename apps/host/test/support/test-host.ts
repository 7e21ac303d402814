import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@paycore/registry';
import {
  type HostConfig,
  JOBS_DEFAULTS,
  type JobsConfig,
  SANDBOX_DEFAULTS,
  type SandboxConfig,
} from '../../src/config.js';
import type { MasterKey } from '../../src/crypto/keyring.js';
import { createHost, type Host } from '../../src/host.js';
import { createLogger } from '../../src/logger.js';
import type { MailMessage, Mailer } from '../../src/mail/mailer.js';
import { recordingMailer } from './recording-mailer.js';
import { RATE_LIMIT_NAMES, type RateLimitOverrides } from '../../src/security/rate-limits.js';
import { TestClient } from './client.js';
import { type TestDatabase, testDatabase } from './databases.js';
import { HOST_DIR } from './paths.js';

/** What a test host runs with; every part has a default. */
export interface TestHostOptions {
  engine?: 'sqlite' | 'postgres';
  /** Share a database between hosts (the caller drops it). */
  database?: TestDatabase;
  connectorPaths?: string[];
  egressOverrides?: Record<string, string>;
  verifyTimeoutMs?: number;
  sandbox?: Partial<SandboxConfig>;
  /** Background work; `workers` is 0 (no checks, no deliveries) unless a test sets it. */
  jobs?: Partial<JobsConfig>;
  adminEmails?: string[];
  dashboardDir?: string;
  masterKeys?: MasterKey[];
  dataDir?: string;
  trustProxy?: number | string;
  /** Limits for this host; every limit not named here is generous (tests sign up many users from 127.0.0.1). */
  rateLimits?: RateLimitOverrides;
  /** Where e-mail goes; the log when not set. */
  mailer?: Mailer;
  /** `SMTP_URL` for the host's own nodemailer transport. */
  smtpUrl?: string;
}

const GENEROUS = { points: 100_000, durationMs: 60_000 };
/** Limits that keep out of the way of tests that do not test them. */
const GENEROUS_LIMITS: RateLimitOverrides = Object.fromEntries(
  RATE_LIMIT_NAMES.filter((name) => !name.startsWith('login_')).map((name) => [name, GENEROUS]),
);

/** The `#token=` of a link from an e-mail, as the dashboard's page reads it. */
export function tokenIn(link: URL): string | null {
  return new URLSearchParams(link.hash.slice(1)).get('token');
}

/** The link to the host in an e-mail's text (the first, or the one whose path starts with `path`). */
export function linkIn(mail: Pick<MailMessage, 'subject' | 'text'> | undefined, path = '/'): URL {
  const found = (mail?.text.match(/https?:\/\/\S+/g) ?? [])
    .map((text) => new URL(text))
    .find((url) => url.pathname.startsWith(path));
  if (!found) throw new Error(`no ${path} link in the e-mail ${JSON.stringify(mail?.subject)}`);
  return found;
}

/** An in-process host listening on a free port of 127.0.0.1. */
export interface TestHost {
  url: string;
  host: Host;
  database: TestDatabase;
  dataDir: string;
  /** Every log line the host wrote (JSON text). */
  logs: string[];
  /** The e-mails the host sent, when no `mailer` or `smtpUrl` was given. */
  mails: MailMessage[];
  client(): TestClient;
  /** Follows the verification link e-mailed to `email` (sent at sign-up), as its owner would. */
  verifyEmail(email: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts a host over the real workspace's connectors (plus `connectorPaths`). */
export async function startTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  const database = options.database ?? (await testDatabase(options.engine ?? 'sqlite'));
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'paycore-data-'));
  const logs: string[] = [];
  const recorder = recordingMailer();
  const logger = createLogger('debug', { write: (line: string) => void logs.push(line) });
  // The server listens first so the host knows its own origin for the links it e-mails.
  let handler: RequestListener = (_req, res) => res.writeHead(503).end();
  const server: Server = await new Promise((resolve) => {
    const s = createServer((req, res) => handler(req, res)).listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config: HostConfig = {
    port: 0,
    dataDir,
    database: database.config,
    masterKeys: options.masterKeys ?? [],
    connectorPaths: options.connectorPaths ?? [],
    egressOverrides: options.egressOverrides ?? {},
    verifyTimeoutMs: options.verifyTimeoutMs ?? 5_000,
    sandbox: { ...SANDBOX_DEFAULTS, ...options.sandbox },
    jobs: { ...JOBS_DEFAULTS, workers: 0, ...options.jobs },
    adminEmails: options.adminEmails ?? [],
    logLevel: 'debug',
    dashboardDir: options.dashboardDir ?? join(dataDir, 'no-dashboard'),
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    rateLimits: { ...GENEROUS_LIMITS, ...options.rateLimits },
    mail: {
      from: 'PayCore <no-reply@paycore.test>',
      ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
    },
  };
  const workspaceRoot = findWorkspaceRoot(HOST_DIR);
  const host = await createHost(config, {
    hostDir: HOST_DIR,
    ...(workspaceRoot === undefined ? {} : { workspaceRoot }),
    logger,
    publicUrl: url,
    ...(options.smtpUrl ? {} : { mailer: options.mailer ?? recorder }),
  });
  handler = host.app;
  return {
    url,
    host,
    database,
    dataDir,
    logs,
    mails: recorder.sent,
    client: () => new TestClient(url),
    verifyEmail: async (email) => {
      const mail = recorder.sent.findLast((m) => m.to === email && m.text.includes('/verify-email#'));
      const token = tokenIn(linkIn(mail, '/verify-email'));
      const res = await new TestClient(url).post('/api/auth/verify-email', { token });
      if (res.status !== 200) throw new Error(`verifying ${email} failed: ${res.status} ${res.text}`);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await host.close();
      if (!options.database) await database.drop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
