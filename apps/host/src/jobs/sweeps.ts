import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { claimDueChecks } from '../store/checks.js';
import { claimDueDeliveries, fanOutEvents } from '../store/webhook-deliveries.js';
import { type Jobs, QUEUES, type QueueName } from './jobs.js';

/**
 * A claim this old belongs to a job that was lost (pg-boss gave up on it, or the process of an
 * in-process queue died): the sweep claims the work again. It must be longer than any job waits
 * in its queue and runs, or work still queued would be claimed twice (the older job then finds
 * its claim gone and does nothing, so nothing runs twice, but the work waits again).
 */
export const STALE_CLAIM_MS = 30 * 60_000;

const BATCH = 500;
// A sweep stops after this many full batches, so one host's sweep never runs for long.
const MAX_BATCHES = 10;

type Claim = (
  tx: Queryable,
  dialect: Database['dialect'],
  at: { now: string; staleBefore: string },
  limit: number,
  claim: string,
) => Promise<object[]>;

/**
 * Claims due work and sends one job per item, claim and jobs in one transaction: a host that dies
 * between the two leaves neither. `FOR UPDATE SKIP LOCKED` gives concurrent sweeps of several
 * hosts disjoint rows, so each item is queued once per cycle.
 */
async function sweep(db: Database, jobs: Jobs, queue: QueueName, claimDue: Claim): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const now = Date.now();
    const claimed = await db.transaction(async (tx) => {
      const due = await claimDue(
        tx,
        db.dialect,
        { now: new Date(now).toISOString(), staleBefore: new Date(now - STALE_CLAIM_MS).toISOString() },
        BATCH,
        randomUUID(),
      );
      await jobs.send(queue, due, tx);
      return due.length;
    });
    total += claimed;
    if (claimed > 0) jobs.wake(queue);
    if (claimed < BATCH) break;
  }
  return total;
}

/** Queues a check job for every connection whose next check is due. */
export function sweepChecks(db: Database, jobs: Jobs): Promise<number> {
  return sweep(db, jobs, QUEUES.check, claimDueChecks);
}

/** Gives new outbox events their deliveries, then queues a job for every delivery that is due. */
export async function sweepWebhooks(db: Database, jobs: Jobs): Promise<number> {
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const taken = await db.transaction((tx) => fanOutEvents(tx, db.dialect, new Date().toISOString(), BATCH));
    if (taken < BATCH) break;
  }
  return sweep(db, jobs, QUEUES.delivery, claimDueDeliveries);
}

/** Forgets every claim: only for a database one host uses (SQLite), when that host starts. */
export async function releaseClaims(db: Queryable): Promise<void> {
  await db.run(
    'UPDATE connections SET check_job = NULL, check_claimed_at = NULL WHERE check_job IS NOT NULL',
  );
  await db.run('UPDATE webhook_deliveries SET job = NULL, claimed_at = NULL WHERE job IS NOT NULL');
}
