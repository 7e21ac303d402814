import type { Queryable } from '../db/database.js';
import { newId } from '../crypto/tokens.js';
import { nowIso } from './actor.js';

/** A user account (the password hash stays in the store). */
export interface User {
  id: string;
  email: string;
  /** The user followed a link sent to `email`. */
  emailVerified: boolean;
  /** Signing in asks for a code from an authenticator app too. */
  twoFactorEnabled: boolean;
  createdAt: string;
}

/** A user row as stored. */
interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  email_verified_at: string | null;
  admin_granted_at: string | null;
  totp_enabled_at: string | null;
  created_at: string;
}

/** The API's user from a stored row. */
export const toUser = (
  row: Pick<UserRow, 'id' | 'email' | 'email_verified_at' | 'totp_enabled_at' | 'created_at'>,
): User => ({
  id: row.id,
  email: row.email,
  emailVerified: row.email_verified_at !== null,
  twoFactorEnabled: row.totp_enabled_at !== null,
  createdAt: row.created_at,
});

/** Inserts a user; throws a unique violation when the e-mail is taken. */
export async function insertUser(db: Queryable, email: string, passwordHash: string): Promise<User> {
  const user: User = {
    id: newId('usr'),
    email,
    emailVerified: false,
    twoFactorEnabled: false,
    createdAt: nowIso(),
  };
  await db.run('INSERT INTO users (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)', [
    user.id,
    user.email,
    passwordHash,
    user.createdAt,
  ]);
  return user;
}

/** The user with this (lower-cased) e-mail and its password hash. */
export async function findUserByEmail(
  db: Queryable,
  email: string,
): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await db.get<UserRow>('SELECT * FROM users WHERE email = ?', [email]);
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

/** The user with this id and its password hash. */
export async function findUserById(
  db: Queryable,
  id: string,
): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await db.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

/**
 * Marks `email` verified for the user — and makes it the user's address, for a change of e-mail.
 * Throws a unique violation when another account took that address meanwhile.
 */
export async function setVerifiedEmail(db: Queryable, userId: string, email: string): Promise<void> {
  await db.run('UPDATE users SET email = ?, email_verified_at = ? WHERE id = ?', [email, nowIso(), userId]);
}

/** Replaces the password hash. */
export async function setPasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  await db.run('UPDATE users SET password_hash = ? WHERE id = ?', [passwordHash, userId]);
}

/** Grants or revokes platform admin to the account with this e-mail; false when there is none. */
export async function setAdminGranted(db: Queryable, email: string, granted: boolean): Promise<boolean> {
  const result = await db.run('UPDATE users SET admin_granted_at = ? WHERE email = ?', [
    granted ? nowIso() : null,
    email,
  ]);
  return result.changes > 0;
}

/** The e-mail addresses of accounts granted platform admin by the command. */
export async function listGrantedAdmins(db: Queryable): Promise<{ email: string; grantedAt: string }[]> {
  const rows = await db.all<{ email: string; admin_granted_at: string }>(
    'SELECT email, admin_granted_at FROM users WHERE admin_granted_at IS NOT NULL ORDER BY email',
  );
  return rows.map((row) => ({ email: row.email, grantedAt: row.admin_granted_at }));
}
