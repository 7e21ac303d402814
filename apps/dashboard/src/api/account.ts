import { api } from './client';
import type { User } from './types';

/** Follows an e-mailed verification link: its token confirms the address. */
export function verifyEmail(token: string): Promise<{ user: User }> {
  return api.post('/api/auth/verify-email', { token });
}

/** Sends the verification link again to the signed-in user's address. */
export function resendVerification(): Promise<unknown> {
  return api.post('/api/auth/verify-email/resend');
}

/** E-mails a password-reset link if an account has this address (the answer is the same either way). */
export function requestPasswordReset(email: string): Promise<unknown> {
  return api.post('/api/auth/password-reset', { email });
}

/** Sets a new password with the token of a reset link. */
export function resetPassword(token: string, password: string): Promise<unknown> {
  return api.post('/api/auth/password-reset/confirm', { token, password });
}

/** Asks to change the sign-in address: a link goes to the new one. */
export function changeEmail(email: string, password: string): Promise<unknown> {
  return api.post('/api/me/email', { email, password });
}

/** Changes the password; the host ends every other session. */
export function changePassword(currentPassword: string, password: string): Promise<unknown> {
  return api.post('/api/me/password', { currentPassword, password });
}

/** What `POST /api/auth/login` answers: signed in, or a second factor is asked for. */
export interface LoginAnswer {
  user?: User;
  twoFactorRequired?: true;
  challenge?: string;
}

/** Finishes a sign-in that asked for a second factor: a code from the app or a recovery code. */
export function logInWithCode(challenge: string, code: string): Promise<{ user: User }> {
  return api.post('/api/auth/login/two-factor', { challenge, code });
}

/** Whether two-factor sign-in is on, and how many recovery codes are left. */
export function fetchTwoFactor(): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
  return api.get('/api/me/two-factor');
}

/** Starts turning two-factor sign-in on: the secret for the authenticator app. */
export function setUpTwoFactor(password: string): Promise<{ secret: string; otpauthUri: string }> {
  return api.post('/api/me/two-factor/setup', { password });
}

/** Turns two-factor sign-in on with a code from the app; answers the recovery codes, once. */
export function enableTwoFactor(code: string): Promise<{ recoveryCodes: string[] }> {
  return api.post('/api/me/two-factor/enable', { code });
}

/** Turns two-factor sign-in off. */
export function disableTwoFactor(password: string): Promise<unknown> {
  return api.post('/api/me/two-factor/disable', { password });
}

/** Whether the organisation requires two-factor sign-in of its members. */
export function fetchTwoFactorRequirement(orgId: string): Promise<{ required: boolean }> {
  return api.get(`/api/orgs/${encodeURIComponent(orgId)}/two-factor-requirement`);
}

/** Requires (or stops requiring) two-factor sign-in of the organisation's members; owner only. */
export function setTwoFactorRequirement(orgId: string, required: boolean): Promise<{ required: boolean }> {
  return api.patch(`/api/orgs/${encodeURIComponent(orgId)}/two-factor-requirement`, { required });
}
