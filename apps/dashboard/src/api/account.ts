import type { paths } from './generated/schema';
import { http, unwrap } from './http';
import type { Ok } from './types';

/** Follows an e-mailed verification link: its token confirms the address. */
export function verifyEmail(token: string) {
  return unwrap(http.POST('/api/auth/verify-email', { body: { token } }));
}

/** Sends the verification link again to the signed-in user's address. */
export function resendVerification() {
  return unwrap(http.POST('/api/auth/verify-email/resend'));
}

/** E-mails a password-reset link if an account has this address (the answer is the same either way). */
export function requestPasswordReset(email: string) {
  return unwrap(http.POST('/api/auth/password-reset', { body: { email } }));
}

/** Sets a new password with the token of a reset link. */
export function resetPassword(token: string, password: string) {
  return unwrap(http.POST('/api/auth/password-reset/confirm', { body: { token, password } }));
}

/** Asks to change the sign-in address: a link goes to the new one. */
export function changeEmail(email: string, password: string) {
  return unwrap(http.POST('/api/me/email', { body: { email, password } }));
}

/** Changes the password; the host ends every other session. */
export function changePassword(currentPassword: string, password: string) {
  return unwrap(http.POST('/api/me/password', { body: { currentPassword, password } }));
}

type Answers = Ok<paths['/api/auth/login']['post']>;
type Keys<T> = T extends unknown ? keyof T : never;
/** Each answer with the other answers' keys as absent, so either can be read without narrowing first. */
type Either<T, All extends PropertyKey = Keys<T>> = T extends unknown
  ? T & { [K in Exclude<All, keyof T>]?: never }
  : never;

/** What `POST /api/auth/login` answers: signed in (`user`), or a second factor is asked for. */
export type LoginAnswer = Either<Answers>;

/** Finishes a sign-in that asked for a second factor: a code from the app or a recovery code. */
export function logInWithCode(challenge: string, code: string) {
  return unwrap(http.POST('/api/auth/login/two-factor', { body: { challenge, code } }));
}

/** Whether two-factor sign-in is on, and how many recovery codes are left. */
export function fetchTwoFactor() {
  return unwrap(http.GET('/api/me/two-factor'));
}

/** Starts turning two-factor sign-in on: the secret for the authenticator app. */
export function setUpTwoFactor(password: string) {
  return unwrap(http.POST('/api/me/two-factor/setup', { body: { password } }));
}

/** Turns two-factor sign-in on with a code from the app; answers the recovery codes, once. */
export function enableTwoFactor(code: string) {
  return unwrap(http.POST('/api/me/two-factor/enable', { body: { code } }));
}

/** Turns two-factor sign-in off. */
export function disableTwoFactor(password: string) {
  return unwrap(http.POST('/api/me/two-factor/disable', { body: { password } }));
}

/** Whether the organisation requires two-factor sign-in of its members. */
export function fetchTwoFactorRequirement(orgId: string) {
  return unwrap(http.GET('/api/orgs/{orgId}/two-factor-requirement', { params: { path: { orgId } } }));
}

/** Requires (or stops requiring) two-factor sign-in of the organisation's members; owner only. */
export function setTwoFactorRequirement(orgId: string, required: boolean) {
  return unwrap(
    http.PATCH('/api/orgs/{orgId}/two-factor-requirement', {
      params: { path: { orgId } },
      body: { required },
    }),
  );
}
