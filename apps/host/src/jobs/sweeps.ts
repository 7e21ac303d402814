import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { claimDueChecks, countClaimedChecks } from '../store/checks.js';
import { claimDueDeliveries, countClaimedDeliveries, fanOutEvents } from '../store/webhook-deliveries.js';
import { type Jobs, QUEUES, type QueueName } from './jobs.js';

/**
 * A claim this old belongs to a job that was lost (pg-boss gave up on it, or the process of an
 * in-process queue died): the sweep claims the work again. It must be longer than any job waits
 * in its queue and runs, or work still queued would be claimed twice (the older job then finds
 * its claim gone and does nothing, so nothing runs twice, but the work waits again); the queue
 * is kept short (below) so that no job waits long.
 */
export const STALE_CLAIM_MS = 30 * 60_000;

/**
 * Jobs of a kind queued or running across all hosts at most: 10,000 connections due at once are
 * claimed a few hundred at a time as the work goes, not all at once. pg-boss sorts the queued
 * jobs on every fetch, so a long queue slows every worker; a sweep a second must still queue
 * more than all hosts run in a second.
 */
const MAX_QUEUED = 500;

type Claim = (
  tx: Queryable,
  dialect: Database['dialect'],
  at: { now: string; staleBefore: string },
  limit: number,
  claim: string,
) => Promise<object[]>;

/** Claims that are not stale: jobs queued or running. */
type CountClaimed = (db: Queryable, staleBefore: string) => Promise<number>;

/**
 * Claims due work, up to the room left in the queue, and sends one job per item: claim and jobs
 * in one transaction, so a host that dies between the two leaves neither. `FOR UPDATE SKIP
 * LOCKED` gives concurrent sweeps of several hosts disjoint rows: each item is queued once per cycle.
 */
async function sweep(
  db: Database,
  jobs: Jobs,
  queue: QueueName,
  claimDue: Claim,
  countClaimed: CountClaimed,
): Promise<number> {
  const now = Date.now();
  const at = { now: new Date(now).toISOString(), staleBefore: new Date(now - STALE_CLAIM_MS).toISOString() };
  const room = MAX_QUEUED - (await countClaimed(db, at.staleBefore));
  if (room <= 0) return 0;
  const claimed = await db.transaction(async (tx) => {
    const due = await claimDue(tx, db.dialect, at, room, randomUUID());
    await jobs.send(queue, due, tx);
    return due.length;
  });
  if (claimed > 0) jobs.wake(queue);
  return claimed;
}

/** Queues a check job for every connection whose next check is due. */
export function sweepChecks(db: Database, jobs: Jobs): Promise<number> {
  return sweep(db, jobs, QUEUES.check, claimDueChecks, countClaimedChecks);
}

/** Gives new outbox events their deliveries, then queues a job for every delivery that is due. */
export async function sweepWebhooks(db: Database, jobs: Jobs): Promise<number> {
  await db.transaction((tx) => fanOutEvents(tx, db.dialect, new Date().toISOString(), MAX_QUEUED));
  return sweep(db, jobs, QUEUES.delivery, claimDueDeliveries, countClaimedDeliveries);
}

/** Forgets every claim: only for a database one host uses (SQLite), when that host starts. */
export async function releaseClaims(db: Queryable): Promise<void> {
  await db.run(
    'UPDATE connections SET check_job = NULL, check_claimed_at = NULL WHERE check_job IS NOT NULL',
  );
  await db.run('UPDATE webhook_deliveries SET job = NULL, claimed_at = NULL WHERE job IS NOT NULL');
}
