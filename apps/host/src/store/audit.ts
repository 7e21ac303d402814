import { newId } from '../crypto/tokens.js';
import type { Queryable } from '../db/database.js';
import { type Actor, nowIso, parseJson, storedActor } from './actor.js';

/** Everything the audit log records, by what it changed. */
export const AUDIT_ACTIONS = [
  'connection.created',
  'connection.label_changed',
  'connection.credentials_replaced',
  'connection.verified',
  'connection.services_changed',
  'connection.health_changed',
  'connection.deleted',
  'connection_request.created',
  'connection_request.withdrawn',
  'api_key.created',
  'api_key.revoked',
  'webhook.created',
  'webhook.updated',
  'webhook.secret_rotated',
  'webhook.deleted',
  'member.invited',
  'invitation.revoked',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'member.left',
  'ownership.transferred',
  'organisation.settings_changed',
  'auth.signed_in',
  'auth.sign_in_failed',
] as const;

/** One kind of audited change. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did it, from where: what every audit entry carries besides the change. */
export interface AuditContext {
  actor: Actor;
  /** The user's e-mail or the key's name at the time, so the log reads well after either goes. */
  actorLabel: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** What was changed. */
export interface AuditTarget {
  type: 'connection' | 'api_key' | 'webhook' | 'user' | 'invitation' | 'organisation' | 'connection_request';
  id: string;
}

/** One entry of the audit log. */
export interface AuditEntry {
  id: string;
  at: string;
  action: AuditAction;
  actor: Actor & { label: string | null };
  target: AuditTarget | null;
  /** What changed: names of fields, roles, results — never a secret value. */
  details: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
}

interface AuditRow {
  id: string;
  at: string;
  action: AuditAction;
  actor_type: string;
  actor_id: string;
  actor_label: string | null;
  target_type: AuditTarget['type'] | null;
  target_id: string | null;
  details: string;
  ip: string | null;
  user_agent: string | null;
}

/** An entry a service writes in the transaction of the change it records. */
export interface AuditRecord {
  context: AuditContext;
  action: AuditAction;
  details: Record<string, unknown>;
}

/**
 * The INSERT of an entry, for a caller that runs it with other statements of one change. The only
 * write this module has: the table refuses updates and deletes (triggers of migration 8), so the
 * log is append-only even against a bug elsewhere.
 */
export function auditInsert(
  orgId: string,
  context: AuditContext,
  action: AuditAction,
  target: AuditTarget | null,
  details: Record<string, unknown> = {},
): { sql: string; params: unknown[] } {
  return {
    sql: `INSERT INTO audit_log (id, org_id, at, action, actor_type, actor_id, actor_label, target_type, target_id, details, ip, user_agent)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    params: [
      newId('aud'),
      orgId,
      nowIso(),
      action,
      context.actor.type,
      context.actor.id,
      context.actorLabel,
      target?.type ?? null,
      target?.id ?? null,
      JSON.stringify(details),
      context.ip,
      context.userAgent,
    ],
  };
}

/** Appends an entry; call it in the transaction of the change it records. */
export async function appendAudit(
  db: Queryable,
  orgId: string,
  context: AuditContext,
  action: AuditAction,
  target: AuditTarget | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  const { sql, params } = auditInsert(orgId, context, action, target, details);
  await db.run(sql, params);
}

/** Filters of {@link listAudit}; each one narrows the list. */
export interface AuditFilter {
  actorType?: string;
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Entries at or after this time. */
  from?: string;
  /** Entries before this time. */
  to?: string;
}

/** Where a page ends: the last entry's time and id (entries are ordered by both, newest first). */
export interface AuditCursor {
  at: string;
  id: string;
}

/** A page of the organisation's audit log, newest first, and the cursor of the next page. */
export async function listAudit(
  db: Queryable,
  orgId: string,
  filter: AuditFilter,
  after: AuditCursor | undefined,
  limit: number,
): Promise<{ items: AuditEntry[]; next: AuditCursor | null }> {
  const where = ['org_id = ?'];
  const params: unknown[] = [orgId];
  const equal: [keyof AuditFilter, string][] = [
    ['actorType', 'actor_type'],
    ['actorId', 'actor_id'],
    ['action', 'action'],
    ['targetType', 'target_type'],
    ['targetId', 'target_id'],
  ];
  for (const [key, column] of equal) {
    if (filter[key] === undefined) continue;
    where.push(`${column} = ?`);
    params.push(filter[key]);
  }
  if (filter.from !== undefined) {
    where.push('at >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    where.push('at < ?');
    params.push(filter.to);
  }
  if (after) {
    where.push('(at < ? OR (at = ? AND id < ?))');
    params.push(after.at, after.at, after.id);
  }
  const rows = await db.all<AuditRow>(
    `SELECT * FROM audit_log WHERE ${where.join(' AND ')} ORDER BY at DESC, id DESC LIMIT ?`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toEntry),
    next: rows.length > limit && last ? { at: last.at, id: last.id } : null,
  };
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actor: { ...storedActor(row.actor_type, row.actor_id), label: row.actor_label },
    target: row.target_type && row.target_id ? { type: row.target_type, id: row.target_id } : null,
    details: parseJson<Record<string, unknown>>(row.details, {}),
    ip: row.ip,
    userAgent: row.user_agent,
  };
}
