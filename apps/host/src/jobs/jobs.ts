import type { Queryable } from '../db/database.js';

/** The queues of background work. */
export const QUEUES = { check: 'connection-check', delivery: 'webhook-delivery' } as const;

/** One of {@link QUEUES}. */
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * The small job interface the host's background work runs on: pg-boss on PostgreSQL (several
 * hosts share the queues), an in-process queue on SQLite (one host).
 */
export interface Jobs {
  /** Adds jobs to a queue; with `tx`, they are written in that transaction and commit with it. */
  send(queue: QueueName, jobs: readonly object[], tx?: Queryable): Promise<void>;
  /** Tells this host's idle workers of the queue to look for jobs now (after a send commits). */
  wake(queue: QueueName): void;
  /** Runs the queue's jobs on this host, `concurrency` at a time. A handler that throws is retried. */
  work<T>(queue: QueueName, concurrency: number, handler: (job: T) => Promise<void>): Promise<void>;
  /** Runs `task` on this host every `everyMs` (after the previous run ends) until stopped. */
  schedule(everyMs: number, task: () => Promise<unknown>): void;
  /** Stops scheduling and taking jobs, and waits up to `timeoutMs` for the running ones. */
  stop(timeoutMs: number): Promise<void>;
}
