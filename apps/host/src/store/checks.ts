import type { Dialect, Queryable, Row } from '../db/database.js';
import type { HealthUpdate } from '../services/health.js';
import { type ConnectionRecord, connectionFromRow, type LastVerification } from './connections.js';
import { healthColumns } from './health-columns.js';

/** What a check job carries: the connection, and the claim that makes the job the one allowed to check it. */
export interface CheckJob {
  connectionId: string;
  claim: string;
  /** The organisation's own interval (`6h`), or null for the host's. */
  checkInterval: string | null;
}

/** Rows locked by one sweep are skipped by the others, so two hosts never claim the same row. */
export function skipLocked(dialect: Dialect): string {
  return dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
}

/**
 * Claims up to `limit` connections whose check is due and not claimed, or whose claim is older
 * than `staleBefore` (its job was lost), for the jobs the caller sends in the same transaction.
 */
export async function claimDueChecks(
  tx: Queryable,
  dialect: Dialect,
  at: { now: string; staleBefore: string },
  limit: number,
  claim: string,
): Promise<CheckJob[]> {
  const rows = await tx.all<{ id: string; org_id: string }>(
    `UPDATE connections SET check_job = ?, check_claimed_at = ?
     WHERE id IN (SELECT id FROM connections
       WHERE deleted_at IS NULL AND next_check_at <= ? AND (check_job IS NULL OR check_claimed_at < ?)
       ORDER BY next_check_at LIMIT ? ${skipLocked(dialect)})
     RETURNING id, org_id`,
    [claim, at.now, at.now, at.staleBefore, limit],
  );
  if (rows.length === 0) return [];
  const orgIds = [...new Set(rows.map((row) => row.org_id))];
  const intervals = new Map(
    (
      await tx.all<{ id: string; check_interval: string | null }>(
        `SELECT id, check_interval FROM organisations WHERE id IN (${orgIds.map(() => '?').join(', ')})`,
        orgIds,
      )
    ).map((row) => [row.id, row.check_interval]),
  );
  return rows.map((row) => ({
    connectionId: row.id,
    claim,
    checkInterval: intervals.get(row.org_id) ?? null,
  }));
}

/** Connections claimed for a check since `since`: checks queued or running on any host. */
export async function countClaimedChecks(db: Queryable, since: string): Promise<number> {
  const row = await db.get<{ n: number }>(
    'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM connections WHERE check_job IS NOT NULL AND check_claimed_at >= ?',
    [since],
  );
  return Number(row?.n ?? 0);
}

/**
 * Starts a claimed check: the connection as stored, or undefined when the job no longer holds
 * the claim (a duplicate, or a job whose claim was taken over) or the connection is gone.
 */
export async function startCheck(
  db: Queryable,
  job: CheckJob,
  now: string,
): Promise<ConnectionRecord | undefined> {
  const row = await db.get<Row>(
    'UPDATE connections SET check_claimed_at = ? WHERE id = ? AND check_job = ? AND deleted_at IS NULL RETURNING *',
    [now, job.connectionId, job.claim],
  );
  return row && connectionFromRow(row);
}

/**
 * Records a check's outcome and releases the claim, if the job still holds it. Returns false
 * otherwise (the connection was deleted meanwhile): then nothing is written.
 */
export async function finishCheck(
  tx: Queryable,
  job: CheckJob,
  outcome: {
    at: string;
    result: LastVerification;
    account?: Record<string, unknown> | null;
    health: HealthUpdate;
  },
): Promise<boolean> {
  const columns: [string, unknown][] = [
    ['last_verified_at', outcome.at],
    ['last_result', JSON.stringify(outcome.result)],
    ...healthColumns(outcome.health),
  ];
  if (outcome.account !== undefined)
    columns.push(['account', outcome.account === null ? null : JSON.stringify(outcome.account)]);
  const { changes } = await tx.run(
    `UPDATE connections SET ${columns.map(([column]) => `${column} = ?`).join(', ')}, check_job = NULL, check_claimed_at = NULL
     WHERE id = ? AND check_job = ? AND deleted_at IS NULL`,
    [...columns.map(([, value]) => value), job.connectionId, job.claim],
  );
  return changes > 0;
}

/**
 * Brings every check of the organisation due later than `latest` forward to it, so a shorter
 * interval applies from now rather than after each connection's current wait.
 */
export async function pullInChecks(db: Queryable, orgId: string, latest: string): Promise<void> {
  await db.run(
    'UPDATE connections SET next_check_at = ? WHERE org_id = ? AND deleted_at IS NULL AND next_check_at > ?',
    [latest, orgId, latest],
  );
}

/** Gives a claimed check back without a verdict (the host was too busy), to run again at `nextCheckAt`. */
export async function releaseCheck(db: Queryable, job: CheckJob, nextCheckAt: string): Promise<void> {
  await db.run(
    'UPDATE connections SET check_job = NULL, check_claimed_at = NULL, next_check_at = ? WHERE id = ? AND check_job = ?',
    [nextCheckAt, job.connectionId, job.claim],
  );
}
