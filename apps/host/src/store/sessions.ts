import type { Queryable } from '../db/database.js';
import { hashToken, newSessionToken } from '../crypto/tokens.js';
import { nowIso } from './actor.js';
import { toUser, type User } from './users.js';

/** How long a session lasts. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** A signed-in session (the token itself is never stored, only its hash). */
export interface Session {
  tokenHash: string;
  user: User;
  /** Platform admin granted by the `admin grant` command. */
  adminGranted: boolean;
  currentOrgId: string | null;
  expiresAt: string;
}

/** Creates a session; returns the token for the cookie. */
export async function createSession(
  db: Queryable,
  userId: string,
  currentOrgId: string | null,
): Promise<{ token: string; expiresAt: string }> {
  const token = newSessionToken();
  const created = Date.now();
  const expiresAt = new Date(created + SESSION_TTL_MS).toISOString();
  await db.run(
    'INSERT INTO sessions (token_hash, user_id, current_org_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    [hashToken(token), userId, currentOrgId, new Date(created).toISOString(), expiresAt],
  );
  return { token, expiresAt };
}

/** The live session for a cookie token; expired sessions are ignored (and removed). */
export async function findSession(db: Queryable, token: string): Promise<Session | undefined> {
  const tokenHash = hashToken(token);
  const row = await db.get<{
    user_id: string;
    current_org_id: string | null;
    expires_at: string;
    email: string;
    email_verified_at: string | null;
    admin_granted_at: string | null;
    totp_enabled_at: string | null;
    user_created_at: string;
  }>(
    `SELECT s.user_id, s.current_org_id, s.expires_at, u.email, u.email_verified_at, u.admin_granted_at, u.totp_enabled_at,
       u.created_at AS user_created_at
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
    [tokenHash],
  );
  if (!row) return undefined;
  if (row.expires_at <= nowIso()) {
    await db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
    return undefined;
  }
  return {
    tokenHash,
    user: toUser({ ...row, id: row.user_id, created_at: row.user_created_at }),
    adminGranted: row.admin_granted_at !== null,
    currentOrgId: row.current_org_id,
    expiresAt: row.expires_at,
  };
}

/** Ends a session. */
export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
}

/** Remembers which organisation the session works in. */
export async function setCurrentOrg(db: Queryable, tokenHash: string, orgId: string): Promise<void> {
  await db.run('UPDATE sessions SET current_org_id = ? WHERE token_hash = ?', [orgId, tokenHash]);
}

/** Ends every session of a user but `keepTokenHash` (after a password change or reset). */
export async function deleteUserSessions(
  db: Queryable,
  userId: string,
  keepTokenHash?: string,
): Promise<void> {
  await db.run('DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?', [userId, keepTokenHash ?? '']);
}
