import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { type EnvelopeBinding, envelopeKeyId, open, seal } from '../crypto/envelope.js';
import type { Keyring } from '../crypto/keyring.js';
import { hashToken } from '../crypto/tokens.js';
import type { Queryable } from '../db/database.js';
import { acceptTotpStep, readTotp, useRecoveryCode } from '../store/two-factor.js';
import type { RotationReport } from './rotate-keys.js';

/** The name authenticator apps show beside the account. */
const ISSUER = 'PayCore';
/** Recovery codes given when two-factor sign-in is turned on. */
const RECOVERY_CODE_COUNT = 10;
/**
 * Seconds of clock difference accepted either way: one 30-second step. otplib's own guidance
 * calls 30 the usual value; the replay guard below keeps a code from working twice.
 */
const EPOCH_TOLERANCE_S = 30;

// The user takes the connection's place in the additional data: a sealed secret copied to
// another user's row does not open.
function binding(userId: string): EnvelopeBinding {
  return { orgId: 'user', connectionId: userId, providerId: 'totp' };
}

/** A new TOTP secret for a user: the secret to show, its sealed form to store, and the `otpauth://` URI. */
export function newTotpSecret(
  keyring: Keyring,
  user: { id: string; email: string },
): { secret: string; sealed: string; otpauthUri: string } {
  const secret = generateSecret();
  return {
    secret,
    sealed: seal(keyring, binding(user.id), secret),
    otpauthUri: generateURI({ issuer: ISSUER, label: user.email, secret }),
  };
}

/** Opens a sealed TOTP secret. */
function openTotpSecret(keyring: Keyring, userId: string, sealed: string): string {
  return open<string>(keyring, binding(userId), sealed);
}

/** New recovery codes (`xxxxx-xxxxx`, 50 random bits each) and the hashes to store. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const text = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
    return `${text.slice(0, 5)}-${text.slice(5)}`;
  });
  return { codes, hashes: codes.map(recoveryCodeHash) };
}

function recoveryCodeHash(code: string): string {
  return hashToken(code.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/**
 * Checks a second factor: a 6-digit TOTP code from the user's secret (pending or enabled), never
 * one accepted before, or — when `recovery` allows it — an unused recovery code, which is then
 * used up. Returns what matched, or undefined.
 */
export async function checkSecondFactor(
  deps: { db: Queryable; keyring: Keyring },
  userId: string,
  code: string,
  recovery: boolean,
): Promise<'totp' | 'recovery_code' | undefined> {
  const compact = code.replace(/[\s-]/g, '');
  const state = await readTotp(deps.db, userId);
  if (!state?.sealedSecret) return undefined;
  if (/^\d{6}$/.test(compact)) {
    const result = await verify({
      secret: openTotpSecret(deps.keyring, userId, state.sealedSecret),
      token: compact,
      epochTolerance: EPOCH_TOLERANCE_S,
      ...(state.lastStep === null ? {} : { afterTimeStep: state.lastStep }),
    });
    // The functional API's result type also covers HOTP, whose results have no time step.
    if (!result.valid || !('timeStep' in result)) return undefined;
    return (await acceptTotpStep(deps.db, userId, result.timeStep)) ? 'totp' : undefined;
  }
  if (
    recovery &&
    state.enabledAt !== null &&
    (await useRecoveryCode(deps.db, userId, recoveryCodeHash(code)))
  )
    return 'recovery_code';
  return undefined;
}

/**
 * Re-seals every TOTP secret not sealed with the keyring's current key (the `rotate-keys`
 * command); `failed` lists user ids no configured key opens.
 */
export async function rotateTotpSecrets(db: Queryable, keyring: Keyring): Promise<RotationReport> {
  const report: RotationReport = { rotated: 0, current: 0, failed: [] };
  const rows = await db.all<{ id: string; totp_secret: string }>(
    'SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL',
  );
  for (const row of rows) {
    if (envelopeKeyId(row.totp_secret) === keyring.current.id) {
      report.current++;
      continue;
    }
    let next: string;
    try {
      next = seal(keyring, binding(row.id), openTotpSecret(keyring, row.id, row.totp_secret));
    } catch {
      report.failed.push(row.id);
      continue;
    }
    // Only if it was not changed meanwhile (set up again, or turned off).
    const result = await db.run('UPDATE users SET totp_secret = ? WHERE id = ? AND totp_secret = ?', [
      next,
      row.id,
      row.totp_secret,
    ]);
    if (result.changes === 1) report.rotated++;
  }
  return report;
}
