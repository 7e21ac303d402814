import type { Registry } from '@paycore/registry';
import type { ConnectionHealth, WebhookEventType } from '@paycore/webhooks';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../store/actor.js';
import type { ConnectionRecord } from '../store/connections.js';
import { appendAudit } from '../store/audit.js';
import { addEvent } from '../store/events.js';
import { addOutboxEvents, newOutboxEvent, type OutboxEvent } from '../store/outbox.js';
import { connectionView } from './connection-view.js';
import type { CheckVerdict, HealthTransition } from './health.js';

/** The webhook event of a change, carrying the connection as it is after the change. */
export function connectionEvent(
  type: Exclude<WebhookEventType, 'connection_request.created'>,
  record: ConnectionRecord,
  registry: Registry,
  extra: Record<string, unknown> = {},
): OutboxEvent {
  return newOutboxEvent(record.orgId, type, record.id, {
    connection: connectionView(record, registry),
    ...extra,
  });
}

/**
 * Records a health change in the connection's history and as its webhook event. Call it in the
 * transaction that wrote the new health, with the connection as it is now.
 */
export async function recordHealthChange(
  tx: Queryable,
  registry: Registry,
  record: ConnectionRecord,
  change: { transition: HealthTransition; previousHealth: ConnectionHealth; verdict: CheckVerdict },
  by: Actor,
): Promise<void> {
  const { transition, previousHealth, verdict } = change;
  const why = verdict.ok ? {} : { reason: verdict.reason, message: verdict.message };
  await addEvent(tx, {
    connectionId: record.id,
    orgId: record.orgId,
    type: transition,
    ok: verdict.ok,
    ...why,
    actor: by,
  });
  await addOutboxEvents(tx, [
    connectionEvent(`connection.${transition}`, record, registry, { previousHealth, ...why }),
  ]);
  await appendAudit(
    tx,
    record.orgId,
    { actor: by, actorLabel: null, ip: null, userAgent: null },
    'connection.health_changed',
    { type: 'connection', id: record.id },
    { from: previousHealth, to: record.health, ...(verdict.ok ? {} : { reason: verdict.reason }) },
  );
}
