import type { Queryable } from '../db/database.js';

/** One attempt of a delivery. */
export interface LoggedAttempt {
  attempt: number;
  at: string;
  /** The endpoint's HTTP status; null when no answer came (see `error`). */
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  responseExcerpt: string | null;
}

/** A delivery of one event to one endpoint, with its attempts, newest first. */
export interface LoggedDelivery {
  id: string;
  eventId: string;
  eventType: string;
  /** `pending` (waiting or being sent), `succeeded`, or `failed` (given up). */
  state: 'pending' | 'succeeded' | 'failed';
  attempts: LoggedAttempt[];
  nextAttemptAt: string | null;
  createdAt: string;
  completedAt: string | null;
}

/** The endpoint's deliveries, newest first, with every attempt of each. */
export async function listDeliveries(
  db: Queryable,
  endpointId: string,
  limit: number,
): Promise<LoggedDelivery[]> {
  const rows = await db.all<{
    id: string;
    event_id: string;
    type: string;
    state: LoggedDelivery['state'];
    next_attempt_at: string;
    created_at: string;
    completed_at: string | null;
  }>(
    `SELECT d.id, d.event_id, o.type, d.state, d.next_attempt_at, d.created_at, d.completed_at
     FROM webhook_deliveries d JOIN outbox_events o ON o.id = d.event_id
     WHERE d.endpoint_id = ? ORDER BY d.created_at DESC, o.seq DESC, d.id DESC LIMIT ?`,
    [endpointId, limit],
  );
  if (rows.length === 0) return [];
  const attempts = await db.all<{
    delivery_id: string;
    attempt: number;
    at: string;
    status_code: number | null;
    latency_ms: number;
    error: string | null;
    response_excerpt: string | null;
  }>(
    `SELECT * FROM webhook_attempts WHERE delivery_id IN (${rows.map(() => '?').join(', ')}) ORDER BY attempt DESC`,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    eventId: row.event_id,
    eventType: row.type,
    state: row.state,
    attempts: attempts
      .filter((a) => a.delivery_id === row.id)
      .map((a) => ({
        attempt: Number(a.attempt),
        at: a.at,
        statusCode: a.status_code === null ? null : Number(a.status_code),
        latencyMs: Number(a.latency_ms),
        error: a.error,
        responseExcerpt: a.response_excerpt,
      })),
    nextAttemptAt: row.state === 'pending' ? row.next_attempt_at : null,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  }));
}

/**
 * Sends a delivery again now, with a fresh retry window. Not while an attempt is in flight:
 * returns `busy` then, `missing` when the endpoint has no such delivery.
 */
export async function requeueDelivery(
  db: Queryable,
  endpointId: string,
  deliveryId: string,
  now: string,
): Promise<'queued' | 'busy' | 'missing'> {
  const { changes } = await db.run(
    `UPDATE webhook_deliveries SET state = 'pending', next_attempt_at = ?, first_attempt_at = NULL, completed_at = NULL
     WHERE id = ? AND endpoint_id = ? AND job IS NULL`,
    [now, deliveryId, endpointId],
  );
  if (changes > 0) return 'queued';
  const exists = await db.get('SELECT id FROM webhook_deliveries WHERE id = ? AND endpoint_id = ?', [
    deliveryId,
    endpointId,
  ]);
  return exists ? 'busy' : 'missing';
}
