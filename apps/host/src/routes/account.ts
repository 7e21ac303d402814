import { hashPassword } from '../crypto/passwords.js';
import { isUniqueViolation } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import type { Api } from '../http/api.js';
import { ApiError } from '../http/errors.js';
import {
  CHANGE_EMAIL_BODY,
  CHANGE_PASSWORD_BODY,
  type ChangeEmailBody,
  type ChangePasswordBody,
  RESET_CONFIRM_BODY,
  RESET_REQUEST_BODY,
  type ResetConfirmBody,
  type ResetRequestBody,
  TOKEN_BODY,
  type TokenBody,
} from '../schemas/account.js';
import { USER } from '../schemas/auth.js';
import { AUTH_ERRORS, COMMON_ERRORS, errorResponse } from '../schemas/common.js';
import { clientAddress } from '../security/client-address.js';
import { provePassword } from '../security/prove-password.js';
import {
  sendAccountLink,
  sendEmailChangeNotice,
  sendPasswordChangedNotice,
} from '../services/account-mail.js';
import { useEmailLink } from '../store/email-links.js';
import { deleteUserSessions } from '../store/sessions.js';
import { findUserByEmail, findUserById, setPasswordHash, setVerifiedEmail } from '../store/users.js';

const LIMITED = { 429: errorResponse('Too many attempts or e-mails (`too_many_requests`); see Retry-After') };
const LINK_NOT_VALID = 'This link is not valid: it was used already, has expired, or a newer one was sent';

/** E-mail verification, password reset by e-mail, and changing one's e-mail address or password. */
export function registerAccountRoutes(api: Api, deps: AppDeps): void {
  const { db, rateLimiter } = deps;
  const mail = { db, mailer: deps.mailer, publicUrl: deps.settings.publicUrl };

  api.route<TokenBody>(
    {
      method: 'post',
      path: '/api/auth/verify-email',
      operationId: 'verifyEmail',
      summary:
        'Follow a verification link: confirms the address (or makes a new address the sign-in address)',
      description: 'The token is the `token` query parameter of the e-mailed link; it works once.',
      tag: 'auth',
      auth: 'none',
      body: TOKEN_BODY,
      responses: {
        200: {
          description: 'Verified',
          schema: { type: 'object', required: ['user'], properties: { user: USER } },
        },
        ...COMMON_ERRORS,
        403: errorResponse('Cross-site request'),
        404: errorResponse('The link is unknown, used or expired (`not_found`)'),
        409: errorResponse('Another account took this address meanwhile (`email_taken`)'),
      },
    },
    async ({ body }) => {
      const verification = await useEmailLink(db, body.token, 'verify_email');
      const link = verification ?? (await useEmailLink(db, body.token, 'change_email'));
      if (!link) throw new ApiError('not_found', LINK_NOT_VALID);
      const found = await findUserById(db, link.userId);
      // A verification link confirms the address it was sent to only while it is still the
      // account's; it never changes the address back after a change.
      if (!found || (verification && found.user.email !== link.email))
        throw new ApiError('not_found', LINK_NOT_VALID);
      try {
        await setVerifiedEmail(db, link.userId, link.email);
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ApiError('email_taken', 'Another account uses this e-mail address now');
        throw error;
      }
      return { body: { user: (await findUserById(db, link.userId))!.user } };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/auth/verify-email/resend',
      operationId: 'resendVerification',
      summary: 'Send the verification link again to the signed-in user’s address',
      tag: 'auth',
      auth: 'session',
      responses: {
        202: { description: 'Sent, unless the address is verified already' },
        ...AUTH_ERRORS,
        ...LIMITED,
      },
    },
    async ({ req, auth }) => {
      const { user } = auth.session!;
      if (!user.emailVerified) {
        await rateLimiter.consume(['mail_account', user.email], ['mail_address', clientAddress(req)]);
        await sendAccountLink(mail, user.id, 'verify_email', user.email);
      }
      return { status: 202 };
    },
  );

  api.route<ResetRequestBody>(
    {
      method: 'post',
      path: '/api/auth/password-reset',
      operationId: 'requestPasswordReset',
      summary: 'E-mail a single-use link that sets a new password (valid one hour)',
      description: 'Answers 202 whether or not an account has this address, so it reveals nothing.',
      tag: 'auth',
      auth: 'none',
      body: RESET_REQUEST_BODY,
      responses: {
        202: { description: 'A link was sent if an account has this address' },
        ...COMMON_ERRORS,
        403: errorResponse('Cross-site request'),
        ...LIMITED,
      },
    },
    async ({ req, body, log }) => {
      const email = body.email.trim().toLowerCase();
      await rateLimiter.consume(['mail_account', email], ['mail_address', clientAddress(req)]);
      const found = await findUserByEmail(db, email);
      if (found) {
        // Sent after answering, so the time taken does not tell whether the account exists.
        sendAccountLink(mail, found.user.id, 'reset_password', email).catch((error: unknown) =>
          log.error({ err: error }, 'the password-reset e-mail could not be sent'),
        );
      }
      return { status: 202 };
    },
  );

  api.route<ResetConfirmBody>(
    {
      method: 'post',
      path: '/api/auth/password-reset/confirm',
      operationId: 'resetPassword',
      summary: 'Set a new password with the token of a reset link; every session of the account ends',
      tag: 'auth',
      auth: 'none',
      body: RESET_CONFIRM_BODY,
      responses: {
        204: { description: 'The password is changed; sign in with it' },
        ...COMMON_ERRORS,
        403: errorResponse('Cross-site request'),
        404: errorResponse('The link is unknown, used or expired (`not_found`)'),
      },
    },
    async ({ body }) => {
      const passwordHash = await hashPassword(body.password);
      const link = await useEmailLink(db, body.token, 'reset_password');
      const found = link && (await findUserById(db, link.userId));
      if (!link || !found) throw new ApiError('not_found', LINK_NOT_VALID);
      await db.transaction(async (tx) => {
        await setPasswordHash(tx, found.user.id, passwordHash);
        // Following the link proved the mailbox is theirs.
        if (found.user.email === link.email) await setVerifiedEmail(tx, found.user.id, link.email);
        await deleteUserSessions(tx, found.user.id);
      });
      // The owner proved who they are: guesses counted against the account no longer hold them up.
      await rateLimiter.reset(['login_account', found.user.email]);
      await sendPasswordChangedNotice(mail, found.user.email);
      return { status: 204 };
    },
  );

  api.route<ChangeEmailBody>(
    {
      method: 'post',
      path: '/api/me/email',
      operationId: 'changeEmail',
      summary: 'Change the sign-in address: a link is sent to the new one, which takes effect when followed',
      tag: 'auth',
      auth: 'session',
      body: CHANGE_EMAIL_BODY,
      responses: {
        202: { description: 'A confirmation link was sent to the new address' },
        ...COMMON_ERRORS,
        ...AUTH_ERRORS,
        409: errorResponse('Another account uses this address (`email_taken`)'),
        ...LIMITED,
      },
    },
    async ({ req, auth, body }) => {
      const { user } = auth.session!;
      const email = body.email.trim().toLowerCase();
      const address = clientAddress(req);
      await provePassword(deps, user, body.password, address, '/password');
      if (email === user.email)
        throw new ApiError('validation_failed', 'This is your address already', {
          fields: [{ path: '/email', message: 'is your current address' }],
        });
      if (await findUserByEmail(db, email))
        throw new ApiError('email_taken', 'Another account uses this address');
      await rateLimiter.consume(['mail_account', email], ['mail_address', address]);
      await sendAccountLink(mail, user.id, 'change_email', email);
      await sendEmailChangeNotice(mail, user.email, email);
      return { status: 202 };
    },
  );

  api.route<ChangePasswordBody>(
    {
      method: 'post',
      path: '/api/me/password',
      operationId: 'changePassword',
      summary: 'Change the password; every other session of the account ends',
      tag: 'auth',
      auth: 'session',
      body: CHANGE_PASSWORD_BODY,
      responses: { 204: { description: 'Changed' }, ...COMMON_ERRORS, ...AUTH_ERRORS, ...LIMITED },
    },
    async ({ req, auth, body }) => {
      const session = auth.session!;
      await provePassword(deps, session.user, body.currentPassword, clientAddress(req), '/currentPassword');
      const passwordHash = await hashPassword(body.password);
      await db.transaction(async (tx) => {
        await setPasswordHash(tx, session.user.id, passwordHash);
        await deleteUserSessions(tx, session.user.id, session.tokenHash);
      });
      await sendPasswordChangedNotice(mail, session.user.email);
      return { status: 204 };
    },
  );
}
