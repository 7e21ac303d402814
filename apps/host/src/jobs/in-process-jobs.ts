import pLimit, { type LimitFunction } from 'p-limit';
import type { Logger } from 'pino';
import type { Jobs, QueueName } from './jobs.js';
import { createTicker, type Ticker } from './ticker.js';

/**
 * The jobs of one host in its own process (SQLite). Jobs live in memory: after a restart the
 * sweeps find the work again in the database, whose claims the engine releases at start.
 */
export function createInProcessJobs(logger: Logger): Jobs {
  const queues = new Map<QueueName, { limit: LimitFunction; handler: (job: never) => Promise<void> }>();
  const running = new Set<Promise<void>>();
  const tickers: Ticker[] = [];
  let stopped = false;
  return {
    send: async (queue, jobs) => {
      const worker = queues.get(queue);
      if (!worker || stopped) return;
      for (const job of jobs) {
        const run = worker
          .limit(() => worker.handler(job as never))
          // Its claim stays, so a later sweep takes the work up again once the claim is stale.
          .catch((error: unknown) => logger.error({ err: error, queue }, 'job failed'));
        running.add(run);
        void run.finally(() => running.delete(run));
      }
    },
    wake: () => undefined,
    work: async (queue, concurrency, handler) => {
      queues.set(queue, { limit: pLimit(concurrency), handler: handler as (job: never) => Promise<void> });
    },
    schedule: (everyMs, task) => {
      tickers.push(createTicker(everyMs, task, logger));
    },
    stop: async (timeoutMs) => {
      stopped = true;
      await Promise.all(tickers.map((ticker) => ticker.stop()));
      for (const { limit } of queues.values()) limit.clearQueue();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...running]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, timeoutMs);
        }),
      ]);
      clearTimeout(timer);
    },
  };
}
