import { createHash } from 'node:crypto';
import type { Api } from '../http/api.js';
import { clearSessionCookie, setSessionCookie } from '../http/auth.js';
import { ApiError, notFound } from '../http/errors.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../crypto/passwords.js';
import { isUniqueViolation } from '../db/database.js';
import type { AppDeps, LoginThrottleSettings } from '../deps.js';
import { AUTH_ERRORS, COMMON_ERRORS, errorResponse } from '../schemas/common.js';
import {
  LOGIN_BODY,
  type LoginBody,
  ME,
  ME_PATCH_BODY,
  type MePatchBody,
  SIGNUP_BODY,
  SIGNUP_RESULT,
  type SignupBody,
  USER,
} from '../schemas/auth.js';
import {
  blockLogin,
  clearLoginFailures,
  readLoginThrottle,
  recordLoginFailure,
} from '../store/login-attempts.js';
import {
  insertOrganisation,
  listMemberships,
  type Membership,
  membershipRole,
} from '../store/organisations.js';
import { auditSignIn } from '../services/sign-in-audit.js';
import { createSession, deleteSession, setCurrentOrg } from '../store/sessions.js';
import { findUserByEmail, insertUser, type User } from '../store/users.js';

const THROTTLE: LoginThrottleSettings = {
  freeAttempts: 5,
  baseBlockMs: 30_000,
  maxBlockMs: 15 * 60_000,
  windowMs: 15 * 60_000,
};
const WRONG_LOGIN = 'The e-mail address or password is not correct';

/** Sign-up, login, logout and the signed-in user. */
export function registerAuthRoutes(api: Api, deps: AppDeps): void {
  const { db } = deps;
  const throttle = { ...THROTTLE, ...deps.loginThrottle };

  api.route<SignupBody>(
    {
      method: 'post',
      path: '/api/auth/signup',
      operationId: 'signup',
      summary: 'Create an account and its first organisation; signs in',
      tag: 'auth',
      auth: 'none',
      body: SIGNUP_BODY,
      responses: {
        201: { description: 'Signed up; the session cookie is set', schema: SIGNUP_RESULT },
        ...COMMON_ERRORS,
        403: errorResponse('Cross-site request'),
        409: errorResponse('An account with this e-mail exists (`email_taken`)'),
      },
    },
    async ({ req, res, body }) => {
      const email = body.email.trim().toLowerCase();
      const passwordHash = await hashPassword(body.password);
      const organisationName = body.organisationName?.trim() || `${email.split('@')[0]}'s organisation`;
      let created: { user: User; organisation: Membership };
      try {
        created = await db.transaction(async (tx) => {
          const user = await insertUser(tx, email, passwordHash);
          const organisation = await insertOrganisation(tx, organisationName, user.id);
          return { user, organisation };
        });
      } catch (error) {
        // Sign-up cannot hide that an address is taken without sending e-mail; login does hide it.
        if (isUniqueViolation(error))
          throw new ApiError('email_taken', 'This e-mail address cannot be used to sign up; log in instead');
        throw error;
      }
      const session = await createSession(db, created.user.id, created.organisation.id);
      setSessionCookie(req, res, session.token, session.expiresAt);
      return { status: 201, body: created };
    },
  );

  api.route<LoginBody>(
    {
      method: 'post',
      path: '/api/auth/login',
      operationId: 'login',
      summary: 'Sign in with e-mail and password; sets the session cookie',
      description:
        'After five failures for one e-mail from one address, attempts are refused with 429 and Retry-After, for a time that doubles with each further failure. Unknown e-mail and wrong password answer alike.',
      tag: 'auth',
      auth: 'none',
      body: LOGIN_BODY,
      responses: {
        200: {
          description: 'Signed in',
          schema: { type: 'object', required: ['user'], properties: { user: USER } },
        },
        ...COMMON_ERRORS,
        401: errorResponse('Wrong e-mail or password'),
        403: errorResponse('Cross-site request'),
        429: errorResponse('Too many failed attempts; see Retry-After'),
      },
    },
    async ({ req, res, body }) => {
      const email = body.email.trim().toLowerCase();
      const key = createHash('sha256')
        .update(`${email}|${req.ip ?? ''}`)
        .digest('base64url');
      const state = await readLoginThrottle(db, key);
      const now = Date.now();
      if (state.blockedUntil !== null && Date.parse(state.blockedUntil) > now) {
        const seconds = Math.ceil((Date.parse(state.blockedUntil) - now) / 1000);
        throw new ApiError('too_many_requests', `Too many failed attempts; try again in ${seconds} s`, {
          headers: { 'Retry-After': String(seconds) },
        });
      }
      const found = await findUserByEmail(db, email);
      const ok = await verifyPassword(body.password, found?.passwordHash ?? (await dummyPasswordHash()));
      if (found) await auditSignIn(db, req, found.user, ok);
      if (!found || !ok) {
        const failures = await recordLoginFailure(db, key, throttle.windowMs);
        if (failures >= throttle.freeAttempts) {
          const blockMs = Math.min(
            throttle.maxBlockMs,
            throttle.baseBlockMs * 2 ** (failures - throttle.freeAttempts),
          );
          await blockLogin(db, key, new Date(now + blockMs).toISOString());
        }
        throw new ApiError('unauthorized', WRONG_LOGIN);
      }
      await clearLoginFailures(db, key);
      const memberships = await listMemberships(db, found.user.id);
      const session = await createSession(db, found.user.id, memberships[0]?.id ?? null);
      setSessionCookie(req, res, session.token, session.expiresAt);
      return { body: { user: found.user } };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/auth/logout',
      operationId: 'logout',
      summary: 'End the session',
      tag: 'auth',
      auth: 'session',
      responses: { 204: { description: 'Signed out; the cookie is cleared' }, ...AUTH_ERRORS },
    },
    async ({ req, res, auth }) => {
      await deleteSession(db, auth.session!.tokenHash);
      clearSessionCookie(req, res);
      return { status: 204 };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/me',
      operationId: 'getMe',
      summary: 'The signed-in user, their organisations and the current one',
      tag: 'auth',
      auth: 'session',
      responses: { 200: { description: 'The user', schema: ME }, ...AUTH_ERRORS },
    },
    async ({ auth }) => {
      const session = auth.session!;
      const organisations = await listMemberships(db, session.user.id);
      const current = organisations.some((org) => org.id === session.currentOrgId)
        ? session.currentOrgId
        : (organisations[0]?.id ?? null);
      return { body: { user: session.user, organisations, currentOrgId: current, isAdmin: auth.isAdmin } };
    },
  );

  api.route<MePatchBody>(
    {
      method: 'patch',
      path: '/api/me',
      operationId: 'switchOrganisation',
      summary: 'Switch the current organisation of the session',
      tag: 'auth',
      auth: 'session',
      body: ME_PATCH_BODY,
      responses: {
        200: { description: 'Switched', schema: ME },
        ...COMMON_ERRORS,
        ...AUTH_ERRORS,
        404: errorResponse('Not a member of that organisation'),
      },
    },
    async ({ auth, body }) => {
      const session = auth.session!;
      if ((await membershipRole(db, body.currentOrgId, session.user.id)) === undefined)
        throw notFound('The organisation');
      await setCurrentOrg(db, session.tokenHash, body.currentOrgId);
      const organisations = await listMemberships(db, session.user.id);
      return {
        body: { user: session.user, organisations, currentOrgId: body.currentOrgId, isAdmin: auth.isAdmin },
      };
    },
  );
}
