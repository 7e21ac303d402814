import { randomBytes } from 'node:crypto';
import { hashToken, newId } from '../crypto/tokens.js';
import type { Queryable } from '../db/database.js';
import { type Actor, nowIso, parseJson, storedActor } from './actor.js';

/** The prefix of every connect session token, so a leaked one is easy to scan for. */
export const CONNECT_TOKEN_PREFIX = 'pccs_';

/** The platform's end user a session (and the connection it makes) belongs to. */
export interface EndUser {
  id: string;
  email?: string;
  displayName?: string;
}

/** A connect session as stored (never the token itself). */
export interface ConnectSession {
  id: string;
  orgId: string;
  endUser: EndUser;
  /** Provider ids the end user may connect; null for every ready provider. */
  allowedProviders: string[] | null;
  /** Environments the end user may connect in; null for both. */
  environments: string[] | null;
  /** Reconnect mode: the connection that gets the new credentials. */
  reconnectConnectionId: string | null;
  returnUrl: string | null;
  /** Origins that may frame the page and receive its messages. */
  allowedOrigins: string[];
  createdBy: Actor;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  spentAt: string | null;
  /** The connection the session made. */
  connectionId: string | null;
}

interface Row {
  id: string;
  org_id: string;
  end_user: string;
  allowed_providers: string | null;
  environments: string | null;
  reconnect_connection_id: string | null;
  return_url: string | null;
  allowed_origins: string;
  created_by_type: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  spent_at: string | null;
  connection_id: string | null;
}

const toSession = (row: Row): ConnectSession => ({
  id: row.id,
  orgId: row.org_id,
  endUser: parseJson<EndUser>(row.end_user, { id: '' }),
  allowedProviders: parseJson(row.allowed_providers, null),
  environments: parseJson(row.environments, null),
  reconnectConnectionId: row.reconnect_connection_id,
  returnUrl: row.return_url,
  allowedOrigins: parseJson(row.allowed_origins, []),
  createdBy: storedActor(row.created_by_type, row.created_by),
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  spentAt: row.spent_at,
  connectionId: row.connection_id,
});

/** What a new session is made of. */
export type NewConnectSession = Omit<
  ConnectSession,
  'id' | 'createdAt' | 'revokedAt' | 'spentAt' | 'connectionId'
>;

/** Stores a new session; returns it with its token, which is not kept anywhere. */
export async function insertConnectSession(
  db: Queryable,
  input: NewConnectSession,
): Promise<{ session: ConnectSession; token: string }> {
  const token = `${CONNECT_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const session: ConnectSession = {
    ...input,
    id: newId('cs'),
    createdAt: nowIso(),
    revokedAt: null,
    spentAt: null,
    connectionId: null,
  };
  await db.run(
    `INSERT INTO connect_sessions (id, org_id, token_hash, end_user_id, end_user, allowed_providers, environments,
      reconnect_connection_id, return_url, allowed_origins, created_by_type, created_by, created_at, expires_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      session.id,
      session.orgId,
      hashToken(token),
      session.endUser.id,
      JSON.stringify(session.endUser),
      session.allowedProviders === null ? null : JSON.stringify(session.allowedProviders),
      session.environments === null ? null : JSON.stringify(session.environments),
      session.reconnectConnectionId,
      session.returnUrl,
      JSON.stringify(session.allowedOrigins),
      session.createdBy.type,
      session.createdBy.id,
      session.createdAt,
      session.expiresAt,
    ],
  );
  return { session, token };
}

/** The session a token belongs to, whatever its state (the caller decides what is usable). */
export async function findConnectSessionByToken(
  db: Queryable,
  token: string,
): Promise<ConnectSession | undefined> {
  const row = await db.get<Row>('SELECT * FROM connect_sessions WHERE token_hash = ?', [hashToken(token)]);
  return row && toSession(row);
}

/** A session by its id (not secret: it names the page, the token opens it). */
export async function getConnectSession(db: Queryable, id: string): Promise<ConnectSession | undefined> {
  const row = await db.get<Row>('SELECT * FROM connect_sessions WHERE id = ?', [id]);
  return row && toSession(row);
}

/** Revokes the organisation's session; false when it has no such session. */
export async function revokeConnectSession(db: Queryable, orgId: string, id: string): Promise<boolean> {
  const row = await db.get<{ revoked_at: string | null }>(
    'SELECT revoked_at FROM connect_sessions WHERE id = ? AND org_id = ?',
    [id, orgId],
  );
  if (!row) return false;
  if (row.revoked_at === null)
    await db.run('UPDATE connect_sessions SET revoked_at = ? WHERE id = ? AND org_id = ?', [
      nowIso(),
      id,
      orgId,
    ]);
  return true;
}

/**
 * Holds the session while a connection is being made with it. Returns false when it is spent,
 * or held by another request that started less than `staleMs` ago.
 */
export async function holdConnectSession(db: Queryable, id: string, staleMs: number): Promise<boolean> {
  const now = Date.now();
  const { changes } = await db.run(
    `UPDATE connect_sessions SET spending_at = ? WHERE id = ? AND spent_at IS NULL AND revoked_at IS NULL
      AND (spending_at IS NULL OR spending_at < ?)`,
    [new Date(now).toISOString(), id, new Date(now - staleMs).toISOString()],
  );
  return changes > 0;
}

/** Lets go of a session whose connection attempt failed, so the end user can try again. */
export async function releaseConnectSession(db: Queryable, id: string): Promise<void> {
  await db.run('UPDATE connect_sessions SET spending_at = NULL WHERE id = ? AND spent_at IS NULL', [id]);
}

/** Marks the session spent by the connection it made. */
export async function spendConnectSession(db: Queryable, id: string, connectionId: string): Promise<void> {
  await db.run(
    'UPDATE connect_sessions SET spent_at = ?, spending_at = NULL, connection_id = ? WHERE id = ?',
    [nowIso(), connectionId, id],
  );
}
