import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Queryable } from '../db/database.js';
import { type Jobs, QUEUES, type QueueName } from './jobs.js';
import { createTicker, type Ticker } from './ticker.js';

/** Options of {@link createPgBossJobs}. */
export interface PgBossJobsOptions {
  url: string;
  /** The PostgreSQL schema pg-boss keeps its tables in. */
  schema: string;
  /**
   * How long a job of each queue may run before pg-boss counts it lost (its host died) and another
   * host takes it: longer than the work can take, since a host still running it would do it twice.
   */
  expireInSeconds: Record<QueueName, number>;
  /**
   * Runs `fn` while no other host runs it: pg-boss 10 creates a queue's table without a lock of
   * its own, and two hosts starting together deadlock in it.
   */
  alone: (fn: () => Promise<void>) => Promise<void>;
  logger: Logger;
}

/** Worker loops per queue: each polls, so a few loops with small batches are enough. */
const MAX_LOOPS = 4;

/** pg-boss as {@link Jobs}: several hosts share the queues through the database. */
export async function createPgBossJobs(options: PgBossJobsOptions): Promise<Jobs> {
  const { logger } = options;
  const boss = new PgBoss({
    connectionString: options.url,
    schema: options.schema,
    application_name: 'paycore-jobs',
    max: 4,
    // Recurring work is a sweep on each host (see engine.ts): pg-boss's cron has minute steps.
    schedule: false,
    supervise: true,
    // Lost jobs are found by this maintenance; it runs on one host at a time.
    maintenanceIntervalSeconds: Math.max(
      1,
      Math.min(60, Math.ceil(Math.min(...Object.values(options.expireInSeconds)) / 2)),
    ),
    archiveCompletedAfterSeconds: 3_600,
    deleteAfterDays: 1,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job engine error'));
  await boss.start();
  await options.alone(async () => {
    for (const name of Object.values(QUEUES)) {
      await boss.createQueue(name, {
        name,
        policy: 'standard',
        retryLimit: 5,
        retryDelay: 1,
        retryBackoff: true,
        expireInSeconds: options.expireInSeconds[name],
      });
    }
  });
  const loops = new Map<QueueName, string[]>();
  const tickers: Ticker[] = [];
  const viaTransaction = (tx: Queryable): PgBoss.Db => ({
    executeSql: async (text, values) => ({ rows: await tx.all(text, values) }),
  });
  return {
    send: async (queue, jobs, tx) => {
      if (jobs.length === 0) return;
      const inserts = jobs.map((data) => ({ name: queue, data }));
      await (tx ? boss.insert(inserts, { db: viaTransaction(tx) }) : boss.insert(inserts));
    },
    wake: (queue) => {
      for (const id of loops.get(queue) ?? []) boss.notifyWorker(id);
    },
    work: async <T>(queue: QueueName, concurrency: number, handler: (job: T) => Promise<void>) => {
      const count = Math.min(concurrency, MAX_LOOPS);
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        let id = '';
        id = await boss.work<T>(queue, { batchSize: Math.ceil(concurrency / count) }, async (batch) => {
          const outcomes = await Promise.allSettled(batch.map((job) => handler(job.data)));
          // Only the jobs that failed are retried; pg-boss completes the rest when this returns.
          for (const [index, outcome] of outcomes.entries()) {
            if (outcome.status === 'rejected') {
              logger.error({ err: outcome.reason, queue }, 'job failed; pg-boss retries it');
              await boss.fail(queue, batch[index]!.id, { message: String(outcome.reason) });
            }
          }
          // More may be waiting: look again at once instead of after the polling interval.
          if (batch.length > 0) boss.notifyWorker(id);
        });
        ids.push(id);
      }
      loops.set(queue, ids);
    },
    schedule: (everyMs, task) => {
      tickers.push(createTicker(everyMs, task, logger));
    },
    stop: async (timeoutMs) => {
      await Promise.all(tickers.map((ticker) => ticker.stop()));
      await boss.stop({ graceful: true, wait: true, close: true, timeout: Math.max(1_000, timeoutMs) });
    },
  };
}
