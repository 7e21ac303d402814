import type { LoginAnswer } from './account';
import { api } from './client';
import type { Me } from './types';

/** Who is signed in, their organisations and the session's current one; 401 when nobody is. */
export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return api.get<Me>('/api/me', signal);
}

/** Makes another organisation the session's current one (kept by the host across reloads). */
export function switchCurrentOrganisation(currentOrgId: string): Promise<Me> {
  return api.patch<Me>('/api/me', { currentOrgId });
}

/** Creates the account and its first organisation, and signs in. */
export function signUp(input: {
  email: string;
  password: string;
  organisationName?: string;
}): Promise<unknown> {
  return api.post('/api/auth/signup', input);
}

/** Signs in with e-mail and password; an account with two-factor sign-in answers a challenge instead. */
export function logIn(input: { email: string; password: string }): Promise<LoginAnswer> {
  return api.post('/api/auth/login', input);
}

export function logOut(): Promise<unknown> {
  return api.post('/api/auth/logout');
}
