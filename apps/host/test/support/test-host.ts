import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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
import type { LoginThrottleSettings } from '../../src/deps.js';
import { createHost, type Host } from '../../src/host.js';
import { createLogger } from '../../src/logger.js';
import type { Mailer } from '../../src/mail/mailer.js';
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
  trustProxy?: boolean | number | string;
  loginThrottle?: Partial<LoginThrottleSettings>;
  /** Sends the host's e-mail (a {@link RecordingMailer} to read it); the log by default. */
  mailer?: Mailer;
}

/** An in-process host listening on a free port of 127.0.0.1. */
export interface TestHost {
  url: string;
  host: Host;
  database: TestDatabase;
  dataDir: string;
  /** Every log line the host wrote (JSON text). */
  logs: string[];
  client(): TestClient;
  close(): Promise<void>;
}

/** Starts a host over the real workspace's connectors (plus `connectorPaths`). */
export async function startTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  const database = options.database ?? (await testDatabase(options.engine ?? 'sqlite'));
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'paycore-data-'));
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(line) });
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
  };
  const workspaceRoot = findWorkspaceRoot(HOST_DIR);
  const host = await createHost(config, {
    hostDir: HOST_DIR,
    ...(workspaceRoot === undefined ? {} : { workspaceRoot }),
    logger,
    ...(options.loginThrottle ? { loginThrottle: options.loginThrottle } : {}),
    ...(options.mailer ? { mailer: options.mailer } : {}),
  });
  const server: Server = await new Promise((resolve) => {
    const s = createServer(host.app).listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    host,
    database,
    dataDir,
    logs,
    client: () => new TestClient(url),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await host.close();
      if (!options.database) await database.drop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
