import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'express';
import type { Database } from '../db/database.js';
import { ApiError } from './errors.js';
import { getConnectSession } from '../store/connect-sessions.js';

/**
 * The page's policy: everything from this host only (no third-party request can see the page or
 * its token), images also as `data:` (the brand's logo), and framing only by the session's
 * allowed origins.
 */
export function connectPagePolicy(frameAncestors: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}

/**
 * Sends the hosted connect page (`connect.html` of the dashboard build) for `/connect/:sessionId`.
 * The session id in the path is not secret; the token travels in the URL's fragment, which the
 * browser never sends here. The id only picks the origins that may frame the page: an unknown,
 * expired or used session may be framed nowhere, and the page itself says what is wrong.
 */
export async function sendConnectPage(
  res: Response,
  dashboardDir: string,
  db: Database,
  sessionId: string,
): Promise<void> {
  const file = join(dashboardDir, 'connect.html');
  const session = await getConnectSession(db, sessionId);
  const usable =
    session !== undefined &&
    session.revokedAt === null &&
    session.spentAt === null &&
    session.expiresAt > new Date().toISOString();
  res.removeHeader('X-Frame-Options');
  res.setHeader('Content-Security-Policy', connectPagePolicy(usable ? session.allowedOrigins : []));
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
  if (!existsSync(file)) {
    throw new ApiError('not_ready', 'The connect page is not built: pnpm --filter @paycore/dashboard build');
  }
  await new Promise<void>((resolve, reject) => {
    res.type('html').sendFile(file, (error) => (error ? reject(error) : resolve()));
  });
}
