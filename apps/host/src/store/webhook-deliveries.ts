import { newId } from '../crypto/tokens.js';
import type { Dialect, Queryable } from '../db/database.js';
import { parseJson } from './actor.js';
import { skipLocked } from './checks.js';

/** What a delivery job carries. */
export interface DeliveryJob {
  deliveryId: string;
  claim: string;
}

/** A delivery about to be attempted: where to, what, and how often it was tried. */
export interface DeliveryAttempt {
  id: string;
  endpointId: string;
  orgId: string;
  url: string;
  endpointEnabled: boolean;
  body: string;
  /** Attempts made before this one. */
  attempts: number;
  firstAttemptAt: string | null;
}

type Delivery = { eventId: string; endpointId: string; orderingKey: string; seq: number };

/** The multi-row INSERT of pending deliveries, due at `now`. */
async function insertDeliveries(tx: Queryable, deliveries: readonly Delivery[], now: string): Promise<void> {
  for (let i = 0; i < deliveries.length; i += 200) {
    const chunk = deliveries.slice(i, i + 200);
    await tx.run(
      `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, ordering_key, seq, state, attempts, next_attempt_at, created_at)
       VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, 'pending', 0, ?, ?)").join(', ')}`,
      chunk.flatMap((d) => [newId('whd'), d.endpointId, d.eventId, d.orderingKey, d.seq, now, now]),
    );
  }
}

/** Queues one event for one endpoint (a test event); the event must already be in the outbox. */
export async function insertDelivery(tx: Queryable, delivery: Delivery, now: string): Promise<void> {
  await insertDeliveries(tx, [delivery], now);
}

/**
 * Gives up to `limit` outbox events their deliveries: one per enabled endpoint of the event's
 * organisation that subscribes to its type. Returns how many events it took.
 */
export async function fanOutEvents(
  tx: Queryable,
  dialect: Dialect,
  now: string,
  limit: number,
): Promise<number> {
  const events = await tx.all<{
    id: string;
    org_id: string;
    type: string;
    ordering_key: string;
    seq: number;
  }>(
    `SELECT id, org_id, type, ordering_key, seq FROM outbox_events WHERE fanned_out_at IS NULL
     ORDER BY created_at, id LIMIT ? ${skipLocked(dialect)}`,
    [limit],
  );
  if (events.length === 0) return 0;
  const orgIds = [...new Set(events.map((event) => event.org_id))];
  const endpoints = await tx.all<{ id: string; org_id: string; events: string }>(
    `SELECT id, org_id, events FROM webhook_endpoints WHERE enabled = ? AND org_id IN (${orgIds.map(() => '?').join(', ')})`,
    [true, ...orgIds],
  );
  const deliveries: Delivery[] = [];
  for (const event of events) {
    for (const endpoint of endpoints) {
      if (endpoint.org_id !== event.org_id || !parseJson<string[]>(endpoint.events, []).includes(event.type))
        continue;
      deliveries.push({
        eventId: event.id,
        endpointId: endpoint.id,
        orderingKey: event.ordering_key,
        seq: Number(event.seq),
      });
    }
  }
  await insertDeliveries(tx, deliveries, now);
  await tx.run(
    `UPDATE outbox_events SET fanned_out_at = ? WHERE id IN (${events.map(() => '?').join(', ')})`,
    [now, ...events.map((event) => event.id)],
  );
  return events.length;
}

/**
 * Claims up to `limit` due deliveries of enabled endpoints. A delivery waits while an earlier
 * event with its ordering key is still pending for the same endpoint, or not yet fanned out: so an
 * endpoint receives a connection's events in order, even after it was down for a while.
 */
export async function claimDueDeliveries(
  tx: Queryable,
  dialect: Dialect,
  at: { now: string; staleBefore: string },
  limit: number,
  claim: string,
): Promise<DeliveryJob[]> {
  const rows = await tx.all<{ id: string }>(
    `UPDATE webhook_deliveries SET job = ?, claimed_at = ?
     WHERE id IN (SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
       WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND (d.job IS NULL OR d.claimed_at < ?) AND e.enabled = ?
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p WHERE p.endpoint_id = d.endpoint_id
           AND p.ordering_key = d.ordering_key AND p.state = 'pending' AND p.seq < d.seq)
         AND NOT EXISTS (SELECT 1 FROM outbox_events o WHERE o.ordering_key = d.ordering_key
           AND o.seq < d.seq AND o.fanned_out_at IS NULL)
       ORDER BY d.next_attempt_at LIMIT ? ${dialect === 'postgres' ? 'FOR UPDATE OF d SKIP LOCKED' : ''})
     RETURNING id`,
    [claim, at.now, at.now, at.staleBefore, true, limit],
  );
  return rows.map((row) => ({ deliveryId: row.id, claim }));
}

/** Deliveries claimed since `since`: sends queued or running on any host. */
export async function countClaimedDeliveries(db: Queryable, since: string): Promise<number> {
  const row = await db.get<{ n: number }>(
    "SELECT CAST(COUNT(*) AS INTEGER) AS n FROM webhook_deliveries WHERE state = 'pending' AND job IS NOT NULL AND claimed_at >= ?",
    [since],
  );
  return Number(row?.n ?? 0);
}

/** Starts a claimed delivery, or undefined when the job no longer holds its claim. */
export async function startDelivery(
  db: Queryable,
  job: DeliveryJob,
  now: string,
): Promise<DeliveryAttempt | undefined> {
  const claimed = await db.get<{
    id: string;
    endpoint_id: string;
    event_id: string;
    attempts: number;
    first_attempt_at: string | null;
  }>(
    `UPDATE webhook_deliveries SET claimed_at = ? WHERE id = ? AND job = ? AND state = 'pending'
     RETURNING id, endpoint_id, event_id, attempts, first_attempt_at`,
    [now, job.deliveryId, job.claim],
  );
  if (!claimed) return undefined;
  const target = await db.get<{ body: string; url: string; org_id: string; enabled: number | boolean }>(
    'SELECT o.body, e.url, e.org_id, e.enabled FROM outbox_events o, webhook_endpoints e WHERE o.id = ? AND e.id = ?',
    [claimed.event_id, claimed.endpoint_id],
  );
  if (!target) return undefined;
  return {
    id: claimed.id,
    endpointId: claimed.endpoint_id,
    orgId: target.org_id,
    url: target.url,
    endpointEnabled: Boolean(Number(target.enabled)),
    body: target.body,
    attempts: Number(claimed.attempts),
    firstAttemptAt: claimed.first_attempt_at,
  };
}

/** One attempt as the delivery log keeps it. */
export interface AttemptRecord {
  at: string;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  responseExcerpt: string | null;
}

/** Where a delivery goes after an attempt: done, given up, or tried again at a time. */
export type DeliveryNext =
  | { state: 'succeeded' | 'failed'; completedAt: string }
  | { state: 'pending'; nextAttemptAt: string };

/**
 * Logs an attempt and moves the delivery on, releasing the claim. Returns false (and writes
 * nothing) when the job no longer holds the claim, e.g. the endpoint was deleted meanwhile.
 */
export async function recordAttempt(
  tx: Queryable,
  job: DeliveryJob,
  delivery: DeliveryAttempt,
  attempt: AttemptRecord,
  next: DeliveryNext,
): Promise<boolean> {
  const { changes } = await tx.run(
    `UPDATE webhook_deliveries SET state = ?, attempts = ?, first_attempt_at = ?, next_attempt_at = ?,
       completed_at = ?, job = NULL, claimed_at = NULL WHERE id = ? AND job = ?`,
    [
      next.state,
      delivery.attempts + 1,
      delivery.firstAttemptAt ?? attempt.at,
      next.state === 'pending' ? next.nextAttemptAt : attempt.at,
      next.state === 'pending' ? null : next.completedAt,
      delivery.id,
      job.claim,
    ],
  );
  if (changes === 0) return false;
  await tx.run(
    `INSERT INTO webhook_attempts (delivery_id, attempt, at, status_code, latency_ms, error, response_excerpt)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [
      delivery.id,
      delivery.attempts + 1,
      attempt.at,
      attempt.statusCode,
      attempt.latencyMs,
      attempt.error,
      attempt.responseExcerpt,
    ],
  );
  return true;
}

/** Gives a claimed delivery back untried (its endpoint was disabled meanwhile). */
export async function releaseDelivery(db: Queryable, job: DeliveryJob): Promise<void> {
  await db.run('UPDATE webhook_deliveries SET job = NULL, claimed_at = NULL WHERE id = ? AND job = ?', [
    job.deliveryId,
    job.claim,
  ]);
}
