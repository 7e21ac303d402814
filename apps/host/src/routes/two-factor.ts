import { auditContext } from '../http/audit-context.js';
import { auditSignIn } from '../services/sign-in-audit.js';
import { appendAudit } from '../store/audit.js';
import type { AppDeps } from '../deps.js';
import type { Api } from '../http/api.js';
import { setSessionCookie } from '../http/auth.js';
import { ApiError } from '../http/errors.js';
import { USER } from '../schemas/auth.js';
import { AUTH_ERRORS, COMMON_ERRORS, errorResponse, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  CODE_BODY,
  type CodeBody,
  PASSWORD_BODY,
  type PasswordBody,
  RECOVERY_CODES,
  REQUIREMENT,
  type RequirementBody,
  TWO_FACTOR_LOGIN_BODY,
  TWO_FACTOR_SETUP,
  TWO_FACTOR_STATUS,
  type TwoFactorLoginBody,
} from '../schemas/two-factor.js';
import { clientAddress } from '../security/client-address.js';
import { provePassword } from '../security/prove-password.js';
import { checkSecondFactor, newRecoveryCodes, newTotpSecret } from '../services/two-factor.js';
import { listMemberships, membershipRole } from '../store/organisations.js';
import { createSession } from '../store/sessions.js';
import {
  countRecoveryCodes,
  deleteLoginChallenge,
  disableTotp,
  enableTotp,
  findLoginChallenge,
  orgRequiresTwoFactor,
  readTotp,
  setOrgRequiresTwoFactor,
  setPendingTotp,
} from '../store/two-factor.js';
import { findUserById } from '../store/users.js';

const LIMITED = { 429: errorResponse('Too many codes tried (`too_many_requests`); see Retry-After') };
const WRONG_CODE = 'The code is not correct, or was used already';

/** Two-factor sign-in (TOTP and recovery codes) and the organisation setting that requires it. */
export function registerTwoFactorRoutes(api: Api, deps: AppDeps): void {
  const { db, rateLimiter, keyring } = deps;

  api.route<TwoFactorLoginBody>(
    {
      method: 'post',
      path: '/api/auth/login/two-factor',
      operationId: 'loginTwoFactor',
      summary: 'Finish a sign-in that asked for a second factor: a code from the app, or a recovery code',
      description:
        '`challenge` is what `POST /api/auth/login` answered (valid five minutes). Codes tried are counted per account; an accepted code is not accepted again.',
      tag: 'auth',
      auth: 'none',
      body: TWO_FACTOR_LOGIN_BODY,
      responses: {
        200: {
          description: 'Signed in',
          schema: { type: 'object', required: ['user'], properties: { user: USER } },
        },
        ...COMMON_ERRORS,
        401: errorResponse('The code is wrong, or the sign-in expired (log in again)'),
        403: errorResponse('Cross-site request'),
        ...LIMITED,
      },
    },
    async ({ req, res, body }) => {
      const userId = await findLoginChallenge(db, body.challenge);
      if (!userId) throw new ApiError('unauthorized', 'This sign-in has expired; log in again');
      await rateLimiter.consume(['two_factor_account', userId]);
      const matched = await checkSecondFactor({ db, keyring }, userId, body.code, true);
      if (!matched) {
        const user = await findUserById(db, userId);
        if (user) await auditSignIn(db, req, user.user, false);
        throw new ApiError('unauthorized', WRONG_CODE);
      }
      // The challenge completes once, however many right codes arrive together.
      if (!(await deleteLoginChallenge(db, body.challenge)))
        throw new ApiError('unauthorized', 'This sign-in has expired; log in again');
      await rateLimiter.reset(['two_factor_account', userId]);
      const found = (await findUserById(db, userId))!;
      await auditSignIn(db, req, found.user, true);
      const memberships = await listMemberships(db, userId);
      const session = await createSession(db, userId, memberships[0]?.id ?? null);
      setSessionCookie(req, res, session.token, session.expiresAt);
      return { body: { user: found.user } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/me/two-factor',
      operationId: 'getTwoFactor',
      summary: 'Whether two-factor sign-in is on, and how many recovery codes are left',
      tag: 'auth',
      auth: 'session',
      responses: { 200: { description: 'The state', schema: TWO_FACTOR_STATUS }, ...AUTH_ERRORS },
    },
    async ({ auth }) => {
      const userId = auth.session!.user.id;
      const state = await readTotp(db, userId);
      return {
        body: { enabled: Boolean(state?.enabledAt), recoveryCodesLeft: await countRecoveryCodes(db, userId) },
      };
    },
  );

  api.route<PasswordBody>(
    {
      method: 'post',
      path: '/api/me/two-factor/setup',
      operationId: 'setUpTwoFactor',
      summary: 'Start turning two-factor sign-in on: a new secret for the authenticator app',
      description:
        'Nothing changes at sign-in until `POST /api/me/two-factor/enable` with a code from the app.',
      tag: 'auth',
      auth: 'session',
      body: PASSWORD_BODY,
      responses: {
        200: { description: 'The secret, shown only now', schema: TWO_FACTOR_SETUP },
        ...COMMON_ERRORS,
        ...AUTH_ERRORS,
        409: errorResponse('Two-factor sign-in is on already (`conflict`)'),
        429: errorResponse('Too many password attempts (`too_many_requests`)'),
      },
    },
    async ({ req, auth, body }) => {
      const { user } = auth.session!;
      await provePassword(deps, user, body.password, clientAddress(req), '/password');
      const created = newTotpSecret(keyring, user);
      if (!(await setPendingTotp(db, user.id, created.sealed)))
        throw new ApiError(
          'conflict',
          'Two-factor sign-in is on already; turn it off first to set up a new app',
        );
      return { body: { secret: created.secret, otpauthUri: created.otpauthUri } };
    },
  );

  api.route<CodeBody>(
    {
      method: 'post',
      path: '/api/me/two-factor/enable',
      operationId: 'enableTwoFactor',
      summary: 'Turn two-factor sign-in on with a code from the app; answers the recovery codes, once',
      tag: 'auth',
      auth: 'session',
      body: CODE_BODY,
      responses: {
        200: { description: 'On', schema: RECOVERY_CODES },
        ...COMMON_ERRORS,
        ...AUTH_ERRORS,
        409: errorResponse('Not set up, or on already (`conflict`)'),
        ...LIMITED,
      },
    },
    async ({ auth, body }) => {
      const { user } = auth.session!;
      const state = await readTotp(db, user.id);
      if (!state?.sealedSecret || state.enabledAt)
        throw new ApiError(
          'conflict',
          state?.enabledAt ? 'Two-factor sign-in is on already' : 'Set up the authenticator app first',
        );
      await rateLimiter.consume(['two_factor_account', user.id]);
      if (!(await checkSecondFactor({ db, keyring }, user.id, body.code, false)))
        throw new ApiError('validation_failed', WRONG_CODE, {
          fields: [{ path: '/code', message: 'is not the code the app shows now' }],
        });
      const { codes, hashes } = newRecoveryCodes();
      await db.transaction((tx) => enableTotp(tx, user.id, hashes));
      await rateLimiter.reset(['two_factor_account', user.id]);
      return { body: { recoveryCodes: codes } };
    },
  );

  api.route<PasswordBody>(
    {
      method: 'post',
      path: '/api/me/two-factor/disable',
      operationId: 'disableTwoFactor',
      summary: 'Turn two-factor sign-in off (the password is asked again)',
      description:
        'Organisations that require two-factor sign-in answer `403 two_factor_required` to this user until it is on again.',
      tag: 'auth',
      auth: 'session',
      body: PASSWORD_BODY,
      responses: {
        204: { description: 'Off' },
        ...COMMON_ERRORS,
        ...AUTH_ERRORS,
        429: errorResponse('Too many password attempts'),
      },
    },
    async ({ req, auth, body }) => {
      const { user } = auth.session!;
      await provePassword(deps, user, body.password, clientAddress(req), '/password');
      await db.transaction((tx) => disableTotp(tx, user.id));
      return { status: 204 };
    },
  );

  const requirementSpec = {
    path: '/api/orgs/:orgId/two-factor-requirement',
    tag: 'organisations',
    auth: 'org' as const,
    params: { orgId: PARAMS.orgId },
  };
  api.route(
    {
      ...requirementSpec,
      method: 'get',
      operationId: 'getTwoFactorRequirement',
      permission: 'member',
      summary: 'Whether the organisation requires two-factor sign-in of its members',
      responses: { 200: { description: 'The setting', schema: REQUIREMENT }, ...ORG_ERRORS },
    },
    async ({ auth }) => ({ body: { required: await orgRequiresTwoFactor(db, auth.orgId!) } }),
  );
  api.route<RequirementBody>(
    {
      ...requirementSpec,
      method: 'patch',
      operationId: 'setTwoFactorRequirement',
      // The owner's alone, as handing the organisation over is.
      permission: 'ownership',
      summary: 'Require two-factor sign-in of every member (owner only)',
      description:
        'Members without it are answered `403 two_factor_required` on the organisation’s routes until they turn it on; API keys are not affected. The owner must have it on first.',
      body: REQUIREMENT,
      responses: {
        200: { description: 'The setting', schema: REQUIREMENT },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        403: errorResponse('Only the owner, signed in, may change it (`forbidden`)'),
      },
    },
    async ({ req, auth, body }) => {
      const session = auth.session;
      if (!session || (await membershipRole(db, auth.orgId!, session.user.id)) !== 'owner')
        throw new ApiError('forbidden', "Only the organisation's owner, signed in, may change this");
      if (body.required && !session.user.twoFactorEnabled)
        throw new ApiError('validation_failed', 'Turn on two-factor sign-in for yourself first', {
          fields: [{ path: '/required', message: 'needs two-factor sign-in on your own account first' }],
        });
      const before = await orgRequiresTwoFactor(db, auth.orgId!);
      await db.transaction(async (tx) => {
        await setOrgRequiresTwoFactor(tx, auth.orgId!, body.required);
        if (before !== body.required)
          await appendAudit(
            tx,
            auth.orgId!,
            auditContext(req, auth),
            'organisation.settings_changed',
            { type: 'organisation', id: auth.orgId! },
            { changes: { requireTwoFactor: { from: before, to: body.required } } },
          );
      });
      return { body: { required: body.required } };
    },
  );
}
