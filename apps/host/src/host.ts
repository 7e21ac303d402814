import { join } from 'node:path';
import { createCredentialValidator } from '@paycore/core';
import { createRegistry, type Registry } from '@paycore/registry';
import { createSandbox } from '@paycore/sandbox';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from './app.js';
import type { HostConfig } from './config.js';
import { loadKeyring } from './crypto/keyring.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import type { AppDeps } from './deps.js';
import { startJobEngine } from './jobs/engine.js';
import { createLogger } from './logger.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { createRateLimiter } from './security/rate-limits.js';

/** A host ready to listen. */
export interface Host {
  /** What a node:http server listens with. */
  app: Express;
  deps: AppDeps;
  /** Stops the background work, the connector sandbox's workers, and closes the database. */
  close(): Promise<void>;
}

/** Where the host finds connector packages besides the configuration. */
export interface HostOptions {
  hostDir: string;
  workspaceRoot?: string;
  logger?: Logger;
  /** A mailer built elsewhere (tests capture messages). */
  mailer?: Mailer;
  /** The origin e-mailed links point to, when the configuration has none (a test's port). */
  publicUrl?: string;
  /** A registry built elsewhere (tests share one). */
  registry?: Registry;
}

/**
 * Builds everything the app needs from the configuration: logger, master keys (creating the key
 * file when none is configured), database (migrated), connector registry; then the app.
 */
export async function createHost(config: HostConfig, options: HostOptions): Promise<Host> {
  const logger = options.logger ?? createLogger(config.logLevel);
  if (Object.keys(config.egressOverrides).length > 0) {
    logger.warn(
      { egressOverrides: config.egressOverrides },
      'PAYCORE_EGRESS_OVERRIDES is set: verify requests go to these local origins instead of the providers',
    );
  }
  if (config.jobs.webhooksAllowPrivate) {
    logger.warn(
      'PAYCORE_WEBHOOKS_ALLOW_PRIVATE is set: webhooks may go over http and to private addresses (development only)',
    );
  }
  const { keyring, fileKey, keyFile } = loadKeyring(config.masterKeys, config.dataDir);
  if (fileKey !== 'none') {
    logger.warn(
      { keyFile },
      `${fileKey === 'created' ? 'Created' : 'Using'} the master key file: credentials are encrypted with a key kept next to the data. Back it up, and set PAYCORE_MASTER_KEYS in production`,
    );
  }
  const registry =
    options.registry ??
    (await createRegistry({
      ...(options.workspaceRoot === undefined ? {} : { workspaceRoot: options.workspaceRoot }),
      connectorPaths: config.connectorPaths,
      nodeModules: [
        join(options.hostDir, 'node_modules'),
        ...(options.workspaceRoot === undefined ? [] : [join(options.workspaceRoot, 'node_modules')]),
      ],
    }));
  for (const diagnostic of registry.diagnostics) {
    logger[diagnostic.severity === 'error' ? 'error' : 'warn'](
      {
        connector: diagnostic.id ?? diagnostic.packageName ?? diagnostic.packageDir,
        problems: diagnostic.problems,
      },
      diagnostic.severity === 'error' ? 'connector package left out' : 'connector package warning',
    );
  }
  warmCredentialForms(registry);
  const db: Database = await openDatabase(config.database);
  const { sandbox: limits } = config;
  const sandbox = createSandbox({
    timeoutMs: config.verifyTimeoutMs,
    egressOverrides: config.egressOverrides,
    maxWorkers: limits.maxWorkers,
    memoryLimitMb: limits.memoryLimitMb,
    limits: {
      global: limits.verifyConcurrency,
      perProvider: limits.verifyConcurrencyPerProvider,
      queue: limits.verifyQueue,
    },
    egress: { connectionsPerOrigin: limits.connectionsPerOrigin },
    breaker: { threshold: limits.breakerThreshold, coolDownMs: limits.breakerCoolDownMs },
  });
  const rateLimiter = createRateLimiter(db, config.rateLimits);
  const mailer = options.mailer ?? createMailer(config.mail, logger);
  const deps: AppDeps = {
    db,
    rateLimiter,
    mailer,
    registry,
    keyring,
    logger,
    sandbox,
    settings: {
      adminEmails: config.adminEmails,
      dashboardDir: config.dashboardDir,
      checkIntervalMs: config.jobs.checkIntervalMs,
      webhooksAllowPrivate: config.jobs.webhooksAllowPrivate,
      publicUrl: config.publicUrl ?? options.publicUrl ?? `http://localhost:${config.port || 3000}`,
      ...(config.trustProxy === undefined ? {} : { trustProxy: config.trustProxy }),
    },
  };
  const app = createApp(deps);
  const engine = await startJobEngine({
    db,
    database: config.database,
    registry,
    keyring,
    sandbox,
    logger,
    verifyTimeoutMs: config.verifyTimeoutMs,
    settings: config.jobs,
  });
  return {
    app,
    deps,
    close: async () => {
      await engine?.stop();
      await sandbox.close();
      rateLimiter.close();
      await mailer.close();
      await db.close();
    },
  };
}

/**
 * Compiles every ready connector's credential form before the host reports ready, instead of on
 * the first check of each: the very first compile also compiles JSON Schema's meta-schema, a stall
 * of about 60 ms that would otherwise land on a merchant's request and everything queued behind it.
 */
function warmCredentialForms(registry: Registry): void {
  for (const entry of registry.providers) {
    if (entry.status === 'ready' && entry.credentials) createCredentialValidator(entry.credentials.schema);
  }
}
