import type { Queryable } from '../db/database.js';
import { hashToken, newSessionToken } from '../crypto/tokens.js';
import { nowIso } from './actor.js';

/** A user's TOTP state as stored. */
export interface TotpState {
  /** The sealed secret (pending while `enabledAt` is null). */
  sealedSecret: string | null;
  enabledAt: string | null;
  /** The last time step a code was accepted for. */
  lastStep: number | null;
}

/** The TOTP state of a user. */
export async function readTotp(db: Queryable, userId: string): Promise<TotpState | undefined> {
  const row = await db.get<{
    totp_secret: string | null;
    totp_enabled_at: string | null;
    totp_last_step: unknown;
  }>('SELECT totp_secret, totp_enabled_at, totp_last_step FROM users WHERE id = ?', [userId]);
  return (
    row && {
      sealedSecret: row.totp_secret,
      enabledAt: row.totp_enabled_at,
      lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    }
  );
}

/** Stores a new secret that is not enabled yet (replacing any pending one); refused once enabled. */
export async function setPendingTotp(db: Queryable, userId: string, sealedSecret: string): Promise<boolean> {
  const result = await db.run(
    'UPDATE users SET totp_secret = ?, totp_last_step = NULL WHERE id = ? AND totp_enabled_at IS NULL',
    [sealedSecret, userId],
  );
  return result.changes === 1;
}

/**
 * Accepts a code's time step: true when it is later than every step accepted before (one
 * statement, so the same code sent twice at once is accepted once).
 */
export async function acceptTotpStep(db: Queryable, userId: string, step: number): Promise<boolean> {
  const result = await db.run(
    'UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)',
    [step, userId, step],
  );
  return result.changes === 1;
}

/** Turns two-factor sign-in on with new recovery codes (their hashes). Run in a transaction. */
export async function enableTotp(
  tx: Queryable,
  userId: string,
  recoveryCodeHashes: readonly string[],
): Promise<void> {
  await tx.run('UPDATE users SET totp_enabled_at = ? WHERE id = ?', [nowIso(), userId]);
  await tx.run('DELETE FROM recovery_codes WHERE user_id = ?', [userId]);
  for (const hash of recoveryCodeHashes)
    await tx.run('INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)', [userId, hash]);
}

/** Turns two-factor sign-in off: the secret and the recovery codes are deleted. Run in a transaction. */
export async function disableTotp(tx: Queryable, userId: string): Promise<void> {
  await tx.run(
    'UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = ?',
    [userId],
  );
  await tx.run('DELETE FROM recovery_codes WHERE user_id = ?', [userId]);
}

/** Uses a recovery code (by its hash): true once, in one statement. */
export async function useRecoveryCode(db: Queryable, userId: string, codeHash: string): Promise<boolean> {
  const result = await db.run(
    'UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL',
    [nowIso(), userId, codeHash],
  );
  return result.changes === 1;
}

/** Recovery codes not used yet. */
export async function countRecoveryCodes(db: Queryable, userId: string): Promise<number> {
  const row = await db.get<{ n: unknown }>(
    'SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = ? AND used_at IS NULL',
    [userId],
  );
  return Number(row?.n ?? 0);
}

/** How long a sign-in waits for its second factor. */
const CHALLENGE_TTL_MS = 5 * 60_000;

/** A pending sign-in: the password was right, the code is still to come. Returns its token. */
export async function insertLoginChallenge(db: Queryable, userId: string): Promise<string> {
  const token = newSessionToken();
  const now = Date.now();
  await db.run(
    'INSERT INTO login_challenges (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    [hashToken(token), userId, new Date(now).toISOString(), new Date(now + CHALLENGE_TTL_MS).toISOString()],
  );
  return token;
}

/** The user of a live pending sign-in, or undefined. */
export async function findLoginChallenge(db: Queryable, token: string): Promise<string | undefined> {
  const row = await db.get<{ user_id: string }>(
    'SELECT user_id FROM login_challenges WHERE token_hash = ? AND expires_at > ?',
    [hashToken(token), nowIso()],
  );
  return row?.user_id;
}

/** Ends a pending sign-in; true when this call ended it (so it completes once). */
export async function deleteLoginChallenge(db: Queryable, token: string): Promise<boolean> {
  const result = await db.run('DELETE FROM login_challenges WHERE token_hash = ?', [hashToken(token)]);
  return result.changes === 1;
}

/** Whether the organisation requires two-factor sign-in of its members. */
export async function orgRequiresTwoFactor(db: Queryable, orgId: string): Promise<boolean> {
  const row = await db.get<{ require_two_factor: unknown }>(
    'SELECT require_two_factor FROM organisations WHERE id = ?',
    [orgId],
  );
  return Number(row?.require_two_factor ?? 0) === 1;
}

/** Sets whether the organisation requires two-factor sign-in. */
export async function setOrgRequiresTwoFactor(
  db: Queryable,
  orgId: string,
  required: boolean,
): Promise<void> {
  await db.run('UPDATE organisations SET require_two_factor = ? WHERE id = ?', [required ? 1 : 0, orgId]);
}
