import type { Registry } from '@paycore/registry';
import type { Sandbox } from '@paycore/sandbox';
import type { Logger } from 'pino';
import type { DatabaseConfig, JobsConfig } from '../config.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Database } from '../db/database.js';
import { runCheck } from '../services/checks.js';
import { deliver } from '../services/webhook-delivery.js';
import { createWebhookSender } from '../services/webhook-sender.js';
import type { CheckJob } from '../store/checks.js';
import type { DeliveryJob } from '../store/webhook-deliveries.js';
import { createInProcessJobs } from './in-process-jobs.js';
import { type Jobs, QUEUES } from './jobs.js';
import { createPgBossJobs } from './pg-boss-jobs.js';
import { releaseClaims, sweepChecks, sweepWebhooks } from './sweeps.js';

// Any constant works, as for migrations (db/migrate.ts); it only has to differ from theirs.
const JOBS_SETUP_LOCK = 7_317_002;

/** What the background work needs from the host. */
export interface EngineDeps {
  db: Database;
  database: DatabaseConfig;
  registry: Registry;
  keyring: Keyring;
  sandbox: Sandbox;
  logger: Logger;
  verifyTimeoutMs: number;
  settings: JobsConfig;
}

/** The running background work of a host. */
export interface JobEngine {
  /** Stops sweeping and taking jobs, and waits for the running ones (at most a verify's time). */
  stop(): Promise<void>;
}

/**
 * pg-boss keeps its tables in a schema of its own beside the host's (`pgboss` beside `public`,
 * `<schema>_pgboss` beside any other), so installations in different schemas never share jobs.
 */
export function jobsSchemaFor(hostSchema: string): string {
  return hostSchema === 'public' ? 'pgboss' : `${hostSchema}_pgboss`;
}

/**
 * How often a host looks for due work: once a second, or more often when checks or webhook
 * retries are set shorter than that (tests and demos).
 */
export function sweepEveryMs(settings: JobsConfig): number {
  const shortest = Math.min(settings.checkIntervalMs / 8, settings.webhookRetryBaseMs);
  return Math.min(1_000, Math.max(100, Math.round(shortest)));
}

/**
 * Starts scheduled checks and webhook deliveries on this host: pg-boss on PostgreSQL (hosts share
 * the work), in-process on SQLite. With `PAYCORE_WORKERS=0` it starts nothing: the host serves
 * the API only, and other hosts do the work its requests leave in the database.
 */
export async function startJobEngine(deps: EngineDeps): Promise<JobEngine | undefined> {
  const { db, settings, logger } = deps;
  if (settings.workers === 0) {
    logger.info('PAYCORE_WORKERS=0: this host serves the API only; checks and webhooks run on other hosts');
    return undefined;
  }
  // A check gives up after this long in all, its wait for a sandbox slot included; a lost job is
  // taken over a little later, when it can no longer be running anywhere.
  const checkTimeoutMs = deps.verifyTimeoutMs + 5_000;
  let jobs: Jobs;
  if (deps.database.kind === 'postgres') {
    const row = await db.get<{ schema: string }>('SELECT current_schema() AS schema');
    jobs = await createPgBossJobs({
      url: deps.database.url,
      schema: jobsSchemaFor(row?.schema ?? 'public'),
      expireInSeconds: {
        [QUEUES.check]: Math.ceil(checkTimeoutMs / 1000) + 2,
        [QUEUES.delivery]: Math.ceil(settings.webhookTimeoutMs / 1000) + 5,
      },
      // The transaction holds the advisory lock while pg-boss works on its own connections.
      alone: (fn) =>
        db.transaction(async (tx) => {
          await tx.get(`SELECT pg_advisory_xact_lock(${JOBS_SETUP_LOCK})`);
          await fn();
        }),
      logger,
    });
  } else {
    await releaseClaims(db);
    jobs = createInProcessJobs(logger);
  }
  const sender = createWebhookSender({
    timeoutMs: settings.webhookTimeoutMs,
    allowPrivate: settings.webhooksAllowPrivate,
  });
  const checkDeps = { ...deps, checkIntervalMs: settings.checkIntervalMs, jobTimeoutMs: checkTimeoutMs };
  const deliveryDeps = {
    db,
    keyring: deps.keyring,
    logger,
    sender,
    retryBaseMs: settings.webhookRetryBaseMs,
    retryForMs: settings.webhookRetryForMs,
  };
  await jobs.work<CheckJob>(QUEUES.check, settings.workers, (job) => runCheck(checkDeps, job));
  await jobs.work<DeliveryJob>(QUEUES.delivery, settings.workers, (job) => deliver(deliveryDeps, job));
  const every = sweepEveryMs(settings);
  jobs.schedule(every, () => sweepChecks(db, jobs));
  jobs.schedule(every, () => sweepWebhooks(db, jobs));
  logger.info(
    { engine: deps.database.kind === 'postgres' ? 'pg-boss' : 'in-process', workers: settings.workers },
    'background checks and webhook deliveries started',
  );
  return {
    stop: async () => {
      await jobs.stop(deps.verifyTimeoutMs + 2_000);
      await sender.close();
    },
  };
}
