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
