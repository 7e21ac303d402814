import type { LoginAnswer } from './account';
import type { paths } from './generated/schema';
import { http, unwrap } from './http';
import type { Body, Me } from './types';

/** Who is signed in, their organisations and the session's current one; 401 when nobody is. */
export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return unwrap(http.GET('/api/me', { signal }), signal);
}

/** Makes another organisation the session's current one (kept by the host across reloads). */
export function switchCurrentOrganisation(currentOrgId: string): Promise<Me> {
  return unwrap(http.PATCH('/api/me', { body: { currentOrgId } }));
}

/** What signing up sends. */
export type SignUpInput = Body<paths['/api/auth/signup']['post']>;

/** Creates the account and its first organisation, and signs in. */
export function signUp(input: SignUpInput) {
  return unwrap(http.POST('/api/auth/signup', { body: input }));
}

/** Signs in with e-mail and password; an account with two-factor sign-in answers a challenge instead. */
export function logIn(input: Body<paths['/api/auth/login']['post']>): Promise<LoginAnswer> {
  return unwrap(http.POST('/api/auth/login', { body: input }));
}

export function logOut() {
  return unwrap(http.POST('/api/auth/logout'));
}
