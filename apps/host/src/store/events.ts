import type { Queryable } from '../db/database.js';
import { newId } from '../crypto/tokens.js';
import { type Actor, nowIso, storedActor } from './actor.js';

/** What can happen to a connection, as its history says. */
export const CONNECTION_EVENT_TYPES = [
  'created',
  'verified',
  'updated',
  'deleted',
  'services_changed',
  // Health changes found by a check (services/health.ts).
  'degraded',
  'needs_reconnect',
  'recovered',
] as const;

/** What happened to a connection. */
export type ConnectionEventType = (typeof CONNECTION_EVENT_TYPES)[number];

/**
 * What an update changed: the label (both values; labels are not secret), or which credential
 * fields got new values (names only, never values).
 */
export type EventChange =
  | { field: 'label'; from: string | null; to: string | null }
  | { field: 'credentials'; replaced: string[] };

/** One entry of a connection's history. */
export interface ConnectionEvent {
  id: string;
  type: ConnectionEventType;
  /** The verify outcome, for events that ran one. */
  ok?: boolean;
  reason?: string;
  message?: string;
  /** For `updated`: what changed. */
  changes?: EventChange[];
  actor: Actor;
  at: string;
}

/** What {@link addEvent} records. */
export interface NewEvent {
  connectionId: string;
  orgId: string;
  type: ConnectionEventType;
  ok?: boolean;
  reason?: string;
  message?: string;
  changes?: EventChange[];
  actor: Actor;
}

/**
 * The INSERT of an event and its parameters. The sequence number is taken in the same statement
 * (one round trip, and no gap between reading the last number and writing the next).
 */
export function eventInsert(event: NewEvent): { sql: string; params: unknown[] } {
  return {
    sql: `INSERT INTO connection_events (id, connection_id, org_id, seq, type, ok, reason, message, changes, actor_type, actor_id, at)
      VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM connection_events WHERE connection_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)`,
    params: [
      newId('evt'),
      event.connectionId,
      event.orgId,
      event.connectionId,
      event.type,
      event.ok === undefined ? null : event.ok,
      event.reason ?? null,
      event.message ?? null,
      event.changes && event.changes.length > 0 ? JSON.stringify(event.changes) : null,
      event.actor.type,
      event.actor.id,
      nowIso(),
    ],
  };
}

/** Appends an event; call it inside the transaction that made the change. */
export async function addEvent(tx: Queryable, event: NewEvent): Promise<void> {
  const { sql, params } = eventInsert(event);
  await tx.run(sql, params);
}

/** A connection's events, oldest first. */
export async function listEvents(db: Queryable, connectionId: string): Promise<ConnectionEvent[]> {
  const rows = await db.all<{
    id: string;
    type: ConnectionEventType;
    ok: number | null;
    reason: string | null;
    message: string | null;
    changes: string | null;
    actor_type: string;
    actor_id: string;
    at: string;
  }>('SELECT * FROM connection_events WHERE connection_id = ? ORDER BY seq, at', [connectionId]);
  return rows.map((row) => {
    const event: ConnectionEvent = {
      id: row.id,
      type: row.type,
      actor: storedActor(row.actor_type, row.actor_id),
      at: row.at,
    };
    if (row.ok !== null) event.ok = Boolean(Number(row.ok));
    if (row.reason !== null) event.reason = row.reason;
    if (row.message !== null) event.message = row.message;
    if (row.changes !== null) event.changes = JSON.parse(row.changes) as EventChange[];
    return event;
  });
}
