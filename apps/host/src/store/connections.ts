import type { ConnectionHealth } from '@paycore/webhooks';
import type { Database, Queryable } from '../db/database.js';
import type { ConnectionServices } from '../services/connection-services.js';
import type { HealthUpdate } from '../services/health.js';
import { type Actor, nowIso, parseJson, storedActor } from './actor.js';
import type { EndUser } from './connect-sessions.js';
import { addEvent, type EventChange, eventInsert } from './events.js';
import { healthColumns } from './health-columns.js';

/** The outcome of the last verify, as stored and shown. */
export interface LastVerification {
  ok: boolean;
  reason?: string;
  message?: string;
}

/** A stored connection without its secrets. */
export interface ConnectionRecord {
  id: string;
  orgId: string;
  providerId: string;
  environment: string;
  label: string | null;
  /** The credential fields that are not secret, as submitted. */
  publicFields: Record<string, unknown>;
  /** Secret field → masked hint. */
  secretHints: Record<string, string>;
  /** The credential schema version the credentials were entered under. */
  schemaVersion: number;
  account: Record<string, unknown> | null;
  lastVerifiedAt: string | null;
  lastVerification: LastVerification | null;
  /** What the last check concluded (see services/health.ts). */
  health: ConnectionHealth;
  lastSuccessAt: string | null;
  /** When the next scheduled check is due. */
  nextCheckAt: string | null;
  /** Checks in a row that could not reach the provider. */
  checkFailures: number;
  /** What the account has enabled and the merchant's switches; null before the first read. */
  services: ConnectionServices | null;
  /** The platform's end user who connected it through a connect session; null otherwise. */
  endUser: EndUser | null;
  createdBy: Actor;
  createdAt: string;
  updatedBy: Actor;
  updatedAt: string;
}

/** Encrypted credentials as stored. */
export interface StoredEnvelope {
  keyId: string;
  envelope: string;
}

interface ConnectionRow {
  id: string;
  org_id: string;
  provider_id: string;
  environment: string;
  label: string | null;
  public_fields: string;
  secret_hints: string;
  schema_version: number;
  account: string | null;
  last_verified_at: string | null;
  last_result: string | null;
  health: ConnectionHealth;
  last_success_at: string | null;
  next_check_at: string | null;
  check_failures: number;
  services: string | null;
  end_user: string | null;
  created_by_type: string;
  created_by: string;
  created_at: string;
  updated_by_type: string;
  updated_by: string;
  updated_at: string;
}

const toRecord = (row: ConnectionRow): ConnectionRecord => ({
  id: row.id,
  orgId: row.org_id,
  providerId: row.provider_id,
  environment: row.environment,
  label: row.label,
  publicFields: parseJson(row.public_fields, {}),
  secretHints: parseJson(row.secret_hints, {}),
  schemaVersion: Number(row.schema_version),
  account: parseJson(row.account, null),
  lastVerifiedAt: row.last_verified_at,
  lastVerification: parseJson(row.last_result, null),
  health: row.health,
  lastSuccessAt: row.last_success_at,
  nextCheckAt: row.next_check_at,
  checkFailures: Number(row.check_failures),
  services: parseJson(row.services, null),
  endUser: parseJson(row.end_user, null),
  createdBy: storedActor(row.created_by_type, row.created_by),
  createdAt: row.created_at,
  updatedBy: storedActor(row.updated_by_type, row.updated_by),
  updatedAt: row.updated_at,
});

/** A connection from a `SELECT *` (or `RETURNING *`) row. */
export function connectionFromRow(row: Record<string, unknown>): ConnectionRecord {
  return toRecord(row as unknown as ConnectionRow);
}

type Statement = { sql: string; params: unknown[] };

/** The connection's, the envelope's and the `created` event's INSERTs, in that order. */
function connectionInserts(
  record: ConnectionRecord,
  credentials: StoredEnvelope,
): [Statement, Statement, Statement] {
  return [
    {
      sql: `INSERT INTO connections (id, org_id, provider_id, environment, label, public_fields, secret_hints,
      schema_version, account, account_id, last_verified_at, last_result, health, last_success_at, next_check_at, services,
      end_user_id, end_user, created_by_type, created_by, created_at, updated_by_type, updated_by, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      params: [
        record.id,
        record.orgId,
        record.providerId,
        record.environment,
        record.label,
        JSON.stringify(record.publicFields),
        JSON.stringify(record.secretHints),
        record.schemaVersion,
        record.account === null ? null : JSON.stringify(record.account),
        accountIdOf(record.account),
        record.lastVerifiedAt,
        record.lastVerification === null ? null : JSON.stringify(record.lastVerification),
        record.health,
        record.lastSuccessAt,
        record.nextCheckAt,
        record.services === null ? null : JSON.stringify(record.services),
        record.endUser?.id ?? null,
        record.endUser === null ? null : JSON.stringify(record.endUser),
        record.createdBy.type,
        record.createdBy.id,
        record.createdAt,
        record.updatedBy.type,
        record.updatedBy.id,
        record.updatedAt,
      ],
    },
    {
      sql: 'INSERT INTO connection_credentials (connection_id, key_id, envelope, updated_at) VALUES (?, ?, ?, ?)',
      params: [record.id, credentials.keyId, credentials.envelope, record.createdAt],
    },
    eventInsert({
      connectionId: record.id,
      orgId: record.orgId,
      type: 'created',
      ...(record.lastVerification ?? {}),
      actor: record.createdBy,
    }),
  ];
}

/**
 * Inserts a connection, its encrypted credentials, its `created` event and the statements in
 * `also` (its webhook event); call it in a transaction.
 */
export async function insertConnection(
  tx: Queryable,
  record: ConnectionRecord,
  credentials: StoredEnvelope,
  also: readonly Statement[] = [],
): Promise<void> {
  for (const { sql, params } of [...connectionInserts(record, credentials), ...also])
    await tx.run(sql, params);
}

/**
 * Stores a new connection atomically. On PostgreSQL the three inserts are one statement (data-
 * modifying CTEs), one round trip instead of five with BEGIN and COMMIT: the connect path's
 * overhead is mostly round trips. SQLite runs in-process, so it uses a plain transaction.
 */
export async function storeNewConnection(
  db: Database,
  record: ConnectionRecord,
  credentials: StoredEnvelope,
  also: readonly Statement[] = [],
): Promise<void> {
  if (db.dialect !== 'postgres') {
    await db.transaction((tx) => insertConnection(tx, record, credentials, also));
    return;
  }
  const statements = [...connectionInserts(record, credentials), ...also];
  const last = statements.pop()!;
  await db.run(
    `WITH ${statements.map((statement, i) => `s${i} AS (${statement.sql})`).join(', ')} ${last.sql}`,
    statements.flatMap((statement) => statement.params).concat(last.params),
  );
}

/** The organisation's live connection with this id. */
export async function getConnection(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<ConnectionRecord | undefined> {
  const row = await db.get<ConnectionRow>(
    'SELECT * FROM connections WHERE id = ? AND org_id = ? AND deleted_at IS NULL',
    [id, orgId],
  );
  return row && toRecord(row);
}

/** The organisation's live connections, newest first; only one end user's with `endUserId`. */
export async function listConnections(
  db: Queryable,
  orgId: string,
  filter: { endUserId?: string } = {},
): Promise<ConnectionRecord[]> {
  const byEndUser = filter.endUserId !== undefined;
  const rows = await db.all<ConnectionRow>(
    `SELECT * FROM connections WHERE org_id = ? AND deleted_at IS NULL${byEndUser ? ' AND end_user_id = ?' : ''}
      ORDER BY created_at DESC, id`,
    byEndUser ? [orgId, filter.endUserId] : [orgId],
  );
  return rows.map(toRecord);
}

/** The encrypted credentials of a connection. */
export async function readCredentials(
  db: Queryable,
  connectionId: string,
): Promise<StoredEnvelope | undefined> {
  const row = await db.get<{ key_id: string; envelope: string }>(
    'SELECT key_id, envelope FROM connection_credentials WHERE connection_id = ?',
    [connectionId],
  );
  return row && { keyId: row.key_id, envelope: row.envelope };
}

/** What a change to a connection may set; absent parts stay as they are. */
export interface ConnectionChange {
  label?: string | null;
  publicFields?: Record<string, unknown>;
  secretHints?: Record<string, string>;
  schemaVersion?: number;
  credentials?: StoredEnvelope;
  verification?: { result: LastVerification; account: Record<string, unknown> | null; at: string };
  /** New services; `servicesChanges` says what changed, for the history. */
  services?: ConnectionServices;
  servicesChanges?: string[];
  /** The health a verify led to, with the time of the next check. */
  health?: HealthUpdate;
  /** The end user who reconnected it through a connect session. */
  endUser?: EndUser;
  /** What the update changed, for the history's `updated` event. */
  changes?: EventChange[];
}

/**
 * Applies a change and records one event (`updated`, or `verified` when only the verification
 * changed), in `tx`. Returns false when the connection is gone.
 */
export async function changeConnection(
  tx: Queryable,
  current: ConnectionRecord,
  change: ConnectionChange,
  by: Actor,
): Promise<boolean> {
  const now = nowIso();
  const verifyOnly =
    change.verification !== undefined &&
    change.label === undefined &&
    change.credentials === undefined &&
    change.publicFields === undefined;
  const servicesOnly =
    change.services !== undefined &&
    change.verification === undefined &&
    change.label === undefined &&
    change.credentials === undefined &&
    change.publicFields === undefined;
  const sets: string[] = ['updated_by_type = ?', 'updated_by = ?', 'updated_at = ?'];
  const params: unknown[] = [by.type, by.id, now];
  const set = (column: string, value: unknown): void => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (change.label !== undefined) set('label', change.label);
  if (change.publicFields !== undefined) set('public_fields', JSON.stringify(change.publicFields));
  if (change.secretHints !== undefined) set('secret_hints', JSON.stringify(change.secretHints));
  if (change.schemaVersion !== undefined) set('schema_version', change.schemaVersion);
  if (change.services !== undefined) set('services', JSON.stringify(change.services));
  if (change.endUser !== undefined) {
    set('end_user_id', change.endUser.id);
    set('end_user', JSON.stringify(change.endUser));
  }
  if (change.health !== undefined)
    for (const [column, value] of healthColumns(change.health)) set(column, value);
  if (change.verification !== undefined) {
    const { result, account, at } = change.verification;
    set('last_verified_at', at);
    set('last_result', JSON.stringify(result));
    if (result.ok) {
      set('account', account === null ? null : JSON.stringify(account));
      set('account_id', accountIdOf(account));
    }
  }
  const { changes } = await tx.run(
    `UPDATE connections SET ${sets.join(', ')} WHERE id = ? AND org_id = ? AND deleted_at IS NULL`,
    [...params, current.id, current.orgId],
  );
  if (changes === 0) return false;
  if (change.credentials !== undefined) {
    await tx.run(
      'UPDATE connection_credentials SET key_id = ?, envelope = ?, updated_at = ? WHERE connection_id = ?',
      [change.credentials.keyId, change.credentials.envelope, now, current.id],
    );
  }
  if (!servicesOnly) {
    await addEvent(tx, {
      connectionId: current.id,
      orgId: current.orgId,
      type: verifyOnly ? 'verified' : 'updated',
      ...(change.verification?.result ?? {}),
      ...(change.changes ? { changes: change.changes } : {}),
      actor: by,
    });
  }
  if (change.servicesChanges && change.servicesChanges.length > 0) {
    await addEvent(tx, {
      connectionId: current.id,
      orgId: current.orgId,
      type: 'services_changed',
      message: change.servicesChanges.join('; '),
      actor: by,
    });
  }
  return true;
}

/**
 * Deletes a connection: the encrypted credentials row is removed for good; the connection row is
 * kept, emptied of credential data, so its event history stays readable to operators.
 */
export async function deleteConnection(
  tx: Queryable,
  current: ConnectionRecord,
  by: Actor,
): Promise<boolean> {
  const now = nowIso();
  const { changes } = await tx.run(
    `UPDATE connections SET deleted_at = ?, public_fields = '{}', secret_hints = '{}', account = NULL,
      updated_by_type = ?, updated_by = ?, updated_at = ? WHERE id = ? AND org_id = ? AND deleted_at IS NULL`,
    [now, by.type, by.id, now, current.id, current.orgId],
  );
  if (changes === 0) return false;
  await tx.run('DELETE FROM connection_credentials WHERE connection_id = ?', [current.id]);
  await addEvent(tx, { connectionId: current.id, orgId: current.orgId, type: 'deleted', actor: by });
  return true;
}

/** Every stored credential envelope with what binds it, for key rotation. */
export async function listEnvelopes(
  db: Queryable,
): Promise<{ connectionId: string; orgId: string; providerId: string; keyId: string; envelope: string }[]> {
  const rows = await db.all<{
    id: string;
    org_id: string;
    provider_id: string;
    key_id: string;
    envelope: string;
  }>(
    'SELECT c.id, c.org_id, c.provider_id, k.key_id, k.envelope FROM connection_credentials k JOIN connections c ON c.id = k.connection_id ORDER BY c.id',
  );
  return rows.map((row) => ({
    connectionId: row.id,
    orgId: row.org_id,
    providerId: row.provider_id,
    keyId: row.key_id,
    envelope: row.envelope,
  }));
}

/** Replaces one envelope if it is still the one read (so a concurrent update is not undone). */
export async function replaceEnvelope(
  db: Queryable,
  connectionId: string,
  previous: string,
  next: StoredEnvelope,
): Promise<boolean> {
  const { changes } = await db.run(
    'UPDATE connection_credentials SET key_id = ?, envelope = ?, updated_at = ? WHERE connection_id = ? AND envelope = ?',
    [next.keyId, next.envelope, nowIso(), connectionId, previous],
  );
  return changes > 0;
}

/** The provider's id of the account, as the index of the same-account rule keeps it. */
function accountIdOf(account: Record<string, unknown> | null): string | null {
  return typeof account?.id === 'string' && account.id !== '' ? account.id : null;
}

/**
 * The organisation's live connection of this provider and environment that holds this account,
 * found by index. Connections stored before the index existed have no `account_id`; they are
 * read and compared here until their next verify fills it in.
 */
export async function findSameAccount(
  db: Queryable,
  key: { orgId: string; providerId: string; environment: string; accountId: string },
): Promise<{ id: string; label: string | null } | undefined> {
  const rows = await db.all<{
    id: string;
    label: string | null;
    account: string | null;
    account_id: string | null;
  }>(
    `SELECT id, label, account, account_id FROM connections
      WHERE org_id = ? AND provider_id = ? AND environment = ? AND deleted_at IS NULL
        AND (account_id = ? OR (account_id IS NULL AND account IS NOT NULL))
      ORDER BY created_at, id`,
    [key.orgId, key.providerId, key.environment, key.accountId],
  );
  const found = rows.find(
    (row) =>
      row.account_id === key.accountId ||
      parseJson<{ id?: unknown } | null>(row.account, null)?.id === key.accountId,
  );
  return found && { id: found.id, label: found.label };
}
