import type { Queryable } from '../db/database.js';
import { nowIso } from './actor.js';

/** Failed-login bookkeeping for one e-mail + client address. */
export interface LoginThrottle {
  failures: number;
  blockedUntil: string | null;
}

/** The current state for `key`. */
export async function readLoginThrottle(db: Queryable, key: string): Promise<LoginThrottle> {
  const row = await db.get<{ failures: number; blocked_until: string | null }>(
    'SELECT failures, blocked_until FROM login_attempts WHERE key = ?',
    [key],
  );
  return { failures: Number(row?.failures ?? 0), blockedUntil: row?.blocked_until ?? null };
}

/**
 * Counts one failure atomically (so concurrent attempts on several hosts all count) and returns
 * the new count. Failures older than `windowMs` start the count again.
 */
export async function recordLoginFailure(db: Queryable, key: string, windowMs: number): Promise<number> {
  const now = nowIso();
  const windowStart = new Date(Date.now() - windowMs).toISOString();
  await db.run(
    `INSERT INTO login_attempts (key, failures, last_failure_at) VALUES (?, 1, ?)
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN login_attempts.last_failure_at < ? THEN 1 ELSE login_attempts.failures + 1 END,
       last_failure_at = excluded.last_failure_at`,
    [key, now, windowStart],
  );
  return (await readLoginThrottle(db, key)).failures;
}

/** Blocks further attempts until `until`. */
export async function blockLogin(db: Queryable, key: string, until: string): Promise<void> {
  await db.run('UPDATE login_attempts SET blocked_until = ? WHERE key = ?', [until, key]);
}

/** Forgets the failures after a successful login. */
export async function clearLoginFailures(db: Queryable, key: string): Promise<void> {
  await db.run('DELETE FROM login_attempts WHERE key = ?', [key]);
}
