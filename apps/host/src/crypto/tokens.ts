import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe id with a type prefix: `org_…`, `conn_…`, `usr_…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** SHA-256 of a token, base64url; tokens are stored only as this hash. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** A new session token (what the cookie holds). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The prefix every organisation API key starts with, so leaked keys are easy to scan for. */
export const API_KEY_PREFIX = 'pck_live_';

/** A new API key: shown once, stored as {@link hashToken}. */
export function newApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}
