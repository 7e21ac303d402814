import type { Api } from '../http/api.js';
import { clearSessionCookie, setSessionCookie } from '../http/auth.js';
import { ApiError, notFound } from '../http/errors.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../crypto/passwords.js';
import { isUniqueViolation } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import { AUTH_ERRORS, COMMON_ERRORS, errorResponse } from '../schemas/common.js';
import {
  LOGIN_ANSWER,
  LOGIN_BODY,
  type LoginBody,
  ME,
  ME_PATCH_BODY,
  type MePatchBody,
  SIGNUP_BODY,
  SIGNUP_RESULT,
  type SignupBody,
} from '../schemas/auth.js';
import { clientAddress } from '../security/client-address.js';
import { sendAccountLink } from '../services/account-mail.js';
import type { RateLimitKey } from '../security/rate-limits.js';
import {
  insertOrganisation,
  listMemberships,
  type Membership,
  membershipRole,
} from '../store/organisations.js';
import { auditSignIn } from '../services/sign-in-audit.js';
import { createSession, deleteSession, setCurrentOrg } from '../store/sessions.js';
import { insertLoginChallenge } from '../store/two-factor.js';
import { findUserByEmail, insertUser, type User } from '../store/users.js';

const WRONG_LOGIN = 'The e-mail address or password is not correct';

/** Sign-up, login, logout and the signed-in user. */
export function registerAuthRoutes(api: Api, deps: AppDeps): void {
  const { db, rateLimiter } = deps;

  api.route<SignupBody>(
    {
      method: 'post',
      path: '/api/auth/signup',
      operationId: 'signup',
      summary: 'Create an account and its first organisation; signs in and e-mails a verification link',
      tag: 'auth',
      auth: 'none',
      body: SIGNUP_BODY,
      responses: {
        201: { description: 'Signed up; the session cookie is set', schema: SIGNUP_RESULT },
        ...COMMON_ERRORS,
        403: errorResponse('Cross-site request'),
        409: errorResponse('An account with this e-mail exists (`email_taken`)'),
        429: errorResponse('Too many sign-ups from this address (`too_many_requests`); see Retry-After'),
      },
    },
    async ({ req, res, body, log }) => {
      const email = body.email.trim().toLowerCase();
      await rateLimiter.consume(['signup_address', clientAddress(req)]);
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
      // A mail server that is down must not lose the account: the link can be sent again.
      await sendAccountLink(
        { db, mailer: deps.mailer, publicUrl: deps.settings.publicUrl },
        created.user.id,
        'verify_email',
        email,
      ).catch((error: unknown) => log.error({ err: error }, 'the verification e-mail could not be sent'));
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
        'Attempts are counted per e-mail address and per client address before the password is checked; past either limit they are refused with 429 and Retry-After until the window ends, the right password too. Unknown e-mail and wrong password answer alike.',
      tag: 'auth',
      auth: 'none',
      body: LOGIN_BODY,
      responses: {
        200: {
          description:
            'Signed in (`user`); or, for an account with two-factor sign-in, `twoFactorRequired` and the `challenge` to send with a code to `POST /api/auth/login/two-factor` (no session yet)',
          schema: LOGIN_ANSWER,
        },
        ...COMMON_ERRORS,
        401: errorResponse('Wrong e-mail or password'),
        403: errorResponse('Cross-site request'),
        429: errorResponse('Too many failed attempts; see Retry-After'),
      },
    },
    async ({ req, res, body }) => {
      const email = body.email.trim().toLowerCase();
      // Counted before the password hash, atomically in the database, so parallel guesses cannot
      // all pass a check made before any of them failed. A success gives its own attempt back and
      // clears nothing, so one's own account cannot reset the count of guesses at another's.
      const attempt: RateLimitKey[] = [
        ['login_account', email],
        ['login_address', clientAddress(req)],
      ];
      await rateLimiter.consume(...attempt);
      const found = await findUserByEmail(db, email);
      const ok = await verifyPassword(body.password, found?.passwordHash ?? (await dummyPasswordHash()));
      if (!found || !ok) {
        if (found) await auditSignIn(db, req, found.user, false);
        throw new ApiError('unauthorized', WRONG_LOGIN);
      }
      await rateLimiter.refund(...attempt);
      if (found.user.twoFactorEnabled) {
        // No session yet: the second factor completes the sign-in (POST /api/auth/login/two-factor),
        // which writes the audit log's sign-in.
        return {
          body: { twoFactorRequired: true, challenge: await insertLoginChallenge(db, found.user.id) },
        };
      }
      await auditSignIn(db, req, found.user, true);
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
