import type { Request, Response } from 'express';
import type { Database } from '../db/database.js';
import { API_KEY_PREFIX } from '../crypto/tokens.js';
import type { Actor } from '../store/actor.js';
import { findApiKey } from '../store/api-keys.js';
import { membershipRole } from '../store/organisations.js';
import { findSession, type Session } from '../store/sessions.js';
import { orgRequiresTwoFactor } from '../store/two-factor.js';
import { ApiError, notFound } from './errors.js';

/** Who may call a route: anyone, a signed-in user, a member or key of `:orgId`, or an admin. */
export type AuthMode = 'none' | 'session' | 'org' | 'admin';

/** Who is calling, as far as the route needs to know. */
export interface AuthInfo {
  via: 'none' | 'session' | 'api_key';
  session?: Session;
  /** The organisation of an `org` route, checked. */
  orgId?: string;
  /** Who is acting, for event history. */
  actor?: Actor;
  isAdmin: boolean;
}

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'paycore_session';

/** The value of one cookie of the request. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure when the request came over https. */
export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/** What {@link authenticate} needs from the app. */
export interface AuthDeps {
  db: Database;
  adminEmails: readonly string[];
}

/**
 * Resolves the caller for a route's auth mode. No credentials → 401; an organisation the caller
 * cannot see → 404 (never 403, so other organisations' ids reveal nothing).
 */
export async function authenticate(mode: AuthMode, req: Request, deps: AuthDeps): Promise<AuthInfo> {
  const none: AuthInfo = { via: 'none', isAdmin: false };
  // Public routes never look the caller up: the directory must not cost a database read.
  if (mode === 'none') return none;
  const bearer = bearerToken(req);
  if (mode === 'org' && bearer !== undefined) {
    const key = bearer.startsWith(API_KEY_PREFIX) ? await findApiKey(deps.db, bearer) : undefined;
    if (!key) throw new ApiError('unauthorized', 'The API key is not valid or has been revoked');
    if (key.orgId !== orgParam(req)) throw notFound('The organisation');
    return { via: 'api_key', orgId: key.orgId, actor: { type: 'api_key', id: key.id }, isAdmin: false };
  }
  const token = readCookie(req, SESSION_COOKIE);
  const session = token ? await findSession(deps.db, token) : undefined;
  if (!session) {
    throw new ApiError(
      'unauthorized',
      bearer !== undefined && mode !== 'org'
        ? 'API keys work on organisation routes only; sign in for this one'
        : 'Sign in first',
    );
  }
  const info: AuthInfo = {
    via: 'session',
    session,
    actor: { type: 'user', id: session.user.id },
    isAdmin: isPlatformAdmin(session, deps.adminEmails),
  };
  if (mode === 'admin' && !info.isAdmin) throw new ApiError('forbidden', 'Only platform admins may do this');
  if (mode === 'org') {
    const orgId = orgParam(req);
    if ((await membershipRole(deps.db, orgId, session.user.id)) === undefined)
      throw notFound('The organisation');
    if (!session.user.twoFactorEnabled && (await orgRequiresTwoFactor(deps.db, orgId)))
      throw new ApiError(
        'two_factor_required',
        'This organisation requires two-factor sign-in: turn it on in your account settings first',
      );
    info.orgId = orgId;
  }
  return info;
}

/**
 * Platform admin: granted by the `admin grant` command, or an address in `PAYCORE_ADMIN_EMAILS`
 * once its owner has proved it by following the verification link — so signing up first with
 * a listed address grants nothing.
 */
export function isPlatformAdmin(session: Session, adminEmails: readonly string[]): boolean {
  return session.adminGranted || (session.user.emailVerified && adminEmails.includes(session.user.email));
}

function orgParam(req: Request): string {
  const value = req.params.orgId;
  return typeof value === 'string' ? value : '';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses cross-site writes. A write carried by the session cookie must prove it comes from the
 * host's own pages: `Origin` equal to the host's origin, or `Sec-Fetch-Site: same-origin`. Any
 * other write (sign-up, log-in) is refused only when the browser says it is cross-site, so curl
 * works and login CSRF does not. Bearer-authenticated calls carry no ambient credential and skip it.
 */
export function checkCsrf(req: Request, auth: AuthInfo): void {
  if (SAFE_METHODS.has(req.method) || auth.via === 'api_key') return;
  const origin = req.headers.origin || undefined;
  const fetchSite = req.headers['sec-fetch-site'];
  const own = `${req.protocol}://${req.host}`;
  const sameOrigin = (origin !== undefined && origin === own) || fetchSite === 'same-origin';
  const crossSite =
    (origin !== undefined && origin !== own) ||
    (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none');
  if (auth.via === 'session' ? !sameOrigin || crossSite : crossSite) {
    throw new ApiError(
      'csrf_rejected',
      `Writes with a session cookie must come from this host's own pages (send Origin: ${own})`,
    );
  }
}
