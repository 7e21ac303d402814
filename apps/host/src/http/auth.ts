import type { Request, Response } from 'express';
import { can, isRole, PERMISSION_MATRIX, type Permission, type Role } from '../access/roles.js';
import type { Database } from '../db/database.js';
import { API_KEY_PREFIX } from '../crypto/tokens.js';
import type { Actor } from '../store/actor.js';
import { findApiKey } from '../store/api-keys.js';
import {
  CONNECT_TOKEN_PREFIX,
  type ConnectSession,
  findConnectSessionByToken,
} from '../store/connect-sessions.js';
import { membershipRole } from '../store/organisations.js';
import { findSession, type Session } from '../store/sessions.js';
import { orgRequiresTwoFactor } from '../store/two-factor.js';
import { ApiError, notFound } from './errors.js';

/**
 * Who may call a route: anyone, a signed-in user, a member or key of `:orgId`, only an API key of
 * `:orgId` (`org_key`: a platform's server), an admin, or a connect session's token (`connect`:
 * the hosted connect page, never a cookie).
 */
export type AuthMode = 'none' | 'session' | 'org' | 'org_key' | 'admin' | 'connect';

/** Who is calling, as far as the route needs to know. */
export interface AuthInfo {
  via: 'none' | 'session' | 'api_key' | 'connect_session';
  session?: Session;
  /** The connect session of a `connect` route, checked to be usable. */
  connectSession?: ConnectSession;
  /** The organisation of an `org` route, checked. */
  orgId?: string;
  /** Who is acting, for event history. */
  actor?: Actor;
  /** The user's e-mail or the API key's name, for the audit log. */
  actorLabel?: string;
  /** On `org` routes: the member's role, or the API key's. */
  role?: Role;
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
  if (mode === 'connect') return connectSessionAuth(bearer, deps);
  if ((mode === 'org' || mode === 'org_key') && bearer !== undefined) {
    const key = bearer.startsWith(API_KEY_PREFIX) ? await findApiKey(deps.db, bearer) : undefined;
    if (!key) throw new ApiError('unauthorized', 'The API key is not valid or has been revoked');
    if (key.orgId !== orgParam(req)) throw notFound('The organisation');
    return {
      via: 'api_key',
      orgId: key.orgId,
      actor: { type: 'api_key', id: key.id },
      actorLabel: key.name,
      role: key.role,
      isAdmin: false,
    };
  }
  const token = readCookie(req, SESSION_COOKIE);
  const session = token ? await findSession(deps.db, token) : undefined;
  if (!session) {
    throw new ApiError(
      'unauthorized',
      bearer !== undefined && mode !== 'org'
        ? 'API keys work on organisation routes only; sign in for this one'
        : mode === 'org_key'
          ? "This route takes an organisation API key (Authorization: Bearer pck_live_…) from the platform's server"
          : 'Sign in first',
    );
  }
  const info: AuthInfo = {
    via: 'session',
    session,
    actor: { type: 'user', id: session.user.id },
    actorLabel: session.user.email,
    isAdmin: isPlatformAdmin(session, deps.adminEmails),
  };
  if (mode === 'admin' && !info.isAdmin) throw new ApiError('forbidden', 'Only platform admins may do this');
  if (mode === 'org' || mode === 'org_key') {
    const orgId = orgParam(req);
    const role = await membershipRole(deps.db, orgId, session.user.id);
    if (role === undefined) throw notFound('The organisation');
    // Checked after membership, so another organisation's ids still answer 404.
    if (mode === 'org_key')
      throw new ApiError(
        'unauthorized',
        "This route takes an organisation API key (Authorization: Bearer pck_live_…) from the platform's server, not a signed-in session",
      );
    if (!session.user.twoFactorEnabled && (await orgRequiresTwoFactor(deps.db, orgId)))
      throw new ApiError(
        'two_factor_required',
        'This organisation requires two-factor sign-in: turn it on in your account settings first',
      );
    info.orgId = orgId;
    // A role this host does not know (a newer host's) grants nothing rather than everything.
    info.role = isRole(role) ? role : 'viewer';
  }
  return info;
}

/**
 * A connect session's token from `Authorization: Bearer pccs_…`, usable only while it is not
 * expired, revoked or spent; cookies are never read, so the page's API cannot be driven by a
 * signed-in merchant's browser.
 */
async function connectSessionAuth(bearer: string | undefined, deps: AuthDeps): Promise<AuthInfo> {
  const session =
    bearer?.startsWith(CONNECT_TOKEN_PREFIX) === true
      ? await findConnectSessionByToken(deps.db, bearer)
      : undefined;
  if (!session)
    throw new ApiError(
      'unauthorized',
      'Send the connect session token as Authorization: Bearer pccs_…; this one is not valid',
    );
  const unusable =
    session.revokedAt !== null
      ? 'has been revoked'
      : session.spentAt !== null
        ? 'has already been used to connect a provider'
        : session.expiresAt <= new Date().toISOString()
          ? 'has expired'
          : undefined;
  if (unusable)
    throw new ApiError('unauthorized', `This connect session ${unusable}; ask for a new one`, {
      extra: { session: session.revokedAt ? 'revoked' : session.spentAt ? 'spent' : 'expired' },
    });
  return {
    via: 'connect_session',
    connectSession: session,
    orgId: session.orgId,
    actor: { type: 'connect_session', id: session.id },
    isAdmin: false,
  };
}

/**
 * Refuses (403 `forbidden`) a caller of an organisation route whose role lacks `permission`; the
 * message names the permission and the role, so a member knows whom to ask.
 */
export function requirePermission(auth: AuthInfo, permission: Permission): void {
  if (auth.role !== undefined && can(auth.role, permission)) return;
  const who = auth.via === 'api_key' ? 'this API key’s role' : 'your role';
  throw new ApiError(
    'forbidden',
    `Only ${roleList(PERMISSION_MATRIX[permission].roles)} may ${PERMISSION_MATRIX[permission].what}; ${who} is ${auth.role ?? 'none'}`,
    { extra: { permission } },
  );
}

/**
 * Platform admin: granted by the `admin grant` command, or an address in `PAYCORE_ADMIN_EMAILS`
 * once its owner has proved it by following the verification link — so signing up first with
 * a listed address grants nothing.
 */
export function isPlatformAdmin(session: Session, adminEmails: readonly string[]): boolean {
  return session.adminGranted || (session.user.emailVerified && adminEmails.includes(session.user.email));
}

/** "an owner", "an owner or admin", "an owner, admin or developer". */
function roleList(roles: readonly string[]): string {
  const names = roles.length > 1 ? `${roles.slice(0, -1).join(', ')} or ${roles.at(-1)}` : (roles[0] ?? '');
  return `${/^[aeiou]/.test(names) ? 'an' : 'a'} ${names}`;
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
  if (SAFE_METHODS.has(req.method) || auth.via === 'api_key' || auth.via === 'connect_session') return;
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
