import type { Queryable } from '../db/database.js';
import { hashToken, newSessionToken } from '../crypto/tokens.js';
import { nowIso } from './actor.js';

/** What a link sent by e-mail does when followed. */
export type EmailLinkPurpose = 'verify_email' | 'reset_password' | 'change_email';

/** How long each kind of link works. */
const EMAIL_LINK_TTL_MS: Record<EmailLinkPurpose, number> = {
  verify_email: 24 * 3_600_000,
  reset_password: 3_600_000,
  change_email: 24 * 3_600_000,
};

/**
 * Stores a new single-use link for `email` and returns its token (kept only as SHA-256). Earlier
 * unused links of the same user and purpose stop working: only the newest e-mail counts.
 */
export async function insertEmailLink(
  db: Queryable,
  userId: string,
  purpose: EmailLinkPurpose,
  email: string,
): Promise<string> {
  const token = newSessionToken();
  const now = nowIso();
  await db.run('UPDATE email_links SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL', [
    now,
    userId,
    purpose,
  ]);
  await db.run(
    'INSERT INTO email_links (token_hash, user_id, purpose, email, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    [
      hashToken(token),
      userId,
      purpose,
      email,
      now,
      new Date(Date.now() + EMAIL_LINK_TTL_MS[purpose]).toISOString(),
    ],
  );
  return token;
}

/**
 * Uses a link: marks it used in one statement (so two requests with the same token cannot both
 * succeed) and returns whose and for which address it was; undefined when it is unknown, of
 * another purpose, used or expired.
 */
export async function useEmailLink(
  db: Queryable,
  token: string,
  purpose: EmailLinkPurpose,
): Promise<{ userId: string; email: string } | undefined> {
  const tokenHash = hashToken(token);
  const now = nowIso();
  const used = await db.run(
    'UPDATE email_links SET used_at = ? WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?',
    [now, tokenHash, purpose, now],
  );
  if (used.changes !== 1) return undefined;
  const row = await db.get<{ user_id: string; email: string }>(
    'SELECT user_id, email FROM email_links WHERE token_hash = ?',
    [tokenHash],
  );
  return row && { userId: row.user_id, email: row.email };
}
