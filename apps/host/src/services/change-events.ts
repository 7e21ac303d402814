import type { Registry } from '@paycore/registry';
import type { Database } from '../db/database.js';
import type { Actor } from '../store/actor.js';
import { type AuditRecord, appendAudit } from '../store/audit.js';
import {
  type ConnectionChange,
  type ConnectionRecord,
  changeConnection,
  getConnection,
} from '../store/connections.js';
import { getOrganisation } from '../store/organisations.js';
import { addOutboxEvents } from '../store/outbox.js';
import { connectionEvent, recordHealthChange } from './connection-events.js';
import { type CheckVerdict, checkIntervalMs, type HealthUpdate, nextHealth } from './health.js';

/** What writing a change with its events needs. */
export interface ChangeDeps {
  db: Database;
  registry: Registry;
  /** The host's time between checks, for the next check after a verify. */
  checkIntervalMs: number;
}

/** The health after a verify someone asked for, with the next check on the organisation's interval. */
export async function healthAfterVerify(
  deps: ChangeDeps,
  record: ConnectionRecord,
  verdict: CheckVerdict,
  at: string,
): Promise<HealthUpdate> {
  const org = await getOrganisation(deps.db, record.orgId);
  return nextHealth(record, verdict, new Date(at), checkIntervalMs(org?.checkInterval, deps.checkIntervalMs));
}

/**
 * Writes a change to a connection together with its webhook event (`connection.updated` or
 * `connection.verified`) and, when a verify changed the health, that change too: one transaction,
 * so an event is never lost nor sent for a change that did not happen. Events carry the
 * connection as stored after the change; `audits` are its audit log entries, written in the same
 * transaction. False when the connection is gone.
 */
export async function saveChange(
  deps: ChangeDeps,
  record: ConnectionRecord,
  change: ConnectionChange,
  by: Actor,
  type: 'connection.updated' | 'connection.verified',
  verdict?: CheckVerdict,
  audits: readonly AuditRecord[] = [],
): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    if (!(await changeConnection(tx, record, change, by))) return false;
    const after = await getConnection(tx, record.orgId, record.id);
    if (!after) return false;
    await addOutboxEvents(tx, [connectionEvent(type, after, deps.registry)]);
    for (const { context, action, details } of audits)
      await appendAudit(tx, record.orgId, context, action, { type: 'connection', id: record.id }, details);
    const transition = change.health?.transition;
    if (transition && verdict)
      await recordHealthChange(
        tx,
        deps.registry,
        after,
        { transition, previousHealth: record.health, verdict },
        by,
      );
    return true;
  });
}
