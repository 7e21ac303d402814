import type { Queryable } from '../db/database.js';
import { newId } from '../crypto/tokens.js';
import { nowIso } from './actor.js';

/** A user account (the password hash stays in the store). */
export interface User {
  id: string;
  email: string;
  createdAt: string;
}

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
}

const toUser = (row: UserRow): User => ({ id: row.id, email: row.email, createdAt: row.created_at });

/** Inserts a user; throws a unique violation when the e-mail is taken. */
export async function insertUser(db: Queryable, email: string, passwordHash: string): Promise<User> {
  const user: User = { id: newId('usr'), email, createdAt: nowIso() };
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
