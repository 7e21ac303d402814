import type { TEST_EVENT_TYPE, WebhookEventType } from '@paycore/webhooks';
import { newId } from '../crypto/tokens.js';
import type { Queryable } from '../db/database.js';
import { nowIso } from './actor.js';

/** An event for the organisation's webhook endpoints, written in the transaction of its change. */
export interface OutboxEvent {
  id: string;
  orgId: string;
  type: WebhookEventType | typeof TEST_EVENT_TYPE;
  /**
   * Events with the same key reach an endpoint in the order they were written: a connection's
   * events share its id. The change's row lock orders the writers, so the sequence is the order.
   */
  orderingKey: string;
  createdAt: string;
  data: unknown;
}

/** A new event with its id and time. */
export function newOutboxEvent(
  orgId: string,
  type: OutboxEvent['type'],
  orderingKey: string | undefined,
  data: unknown,
): OutboxEvent {
  const id = newId('evt');
  return { id, orgId, type, orderingKey: orderingKey ?? id, createdAt: nowIso(), data };
}

/** The body every delivery of the event sends, byte for byte. */
export function eventBody(event: OutboxEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    createdAt: event.createdAt,
    orgId: event.orgId,
    data: event.data,
  });
}

/**
 * The event's INSERT. `fannedOut` marks an event already given its deliveries (a test event goes
 * to one endpoint only); others are fanned out to the subscribed endpoints by the webhook sweep.
 */
export function outboxInsert(event: OutboxEvent, fannedOut = false): { sql: string; params: unknown[] } {
  return {
    sql: `INSERT INTO outbox_events (id, org_id, type, ordering_key, seq, body, created_at, fanned_out_at)
      VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox_events WHERE ordering_key = ?), ?, ?, ?)`,
    params: [
      event.id,
      event.orgId,
      event.type,
      event.orderingKey,
      event.orderingKey,
      eventBody(event),
      event.createdAt,
      fannedOut ? event.createdAt : null,
    ],
  };
}

/** Writes events; call it inside the transaction that made the change they report. */
export async function addOutboxEvents(tx: Queryable, events: readonly OutboxEvent[]): Promise<void> {
  for (const event of events) {
    const { sql, params } = outboxInsert(event);
    await tx.run(sql, params);
  }
}
