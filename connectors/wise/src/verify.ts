import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { WiseCredentials } from './credentials.js';

/** A profile as `GET /v2/profiles` lists it (older v1 fields kept as fallbacks for the name). */
interface Profile {
  id?: number;
  type?: string;
  currentState?: string;
  businessName?: string;
  fullName?: string;
  firstName?: string;
  lastName?: string;
  details?: { name?: string; firstName?: string; lastName?: string };
}

const SIGN_IN = { sandbox: 'sandbox.transferwise.tech', live: 'wise.com' } as const;
const OTHER = { sandbox: 'wise.com (live)', live: 'sandbox.transferwise.tech (sandbox)' } as const;

/**
 * Checks a Wise personal API token with `GET /v2/profiles`, a read that read-only tokens may make
 * and strong customer authentication does not block, and reports the business profile (or the
 * personal one when there is none). Wise tokens carry no mark of their environment: a sandbox
 * token sent to the live host is refused like a wrong one, so the message says to check both.
 */
export const verify: VerifyHook<WiseCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/v2/profiles`, {
    headers: { authorization: `Bearer ${credentials.apiToken}`, accept: 'application/json' },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const profiles = await readJson<Profile[]>(response);
    if (!Array.isArray(profiles)) return unexpectedStatus('Wise', response.status);
    const active = profiles.filter((profile) => profile.currentState !== 'DEACTIVATED');
    if (profiles.length > 0 && active.length === 0) {
      return failure(
        'account_inactive',
        'Wise accepted the token, but every profile on this Wise account is deactivated; contact Wise support',
        { fields: ['apiToken'] },
      );
    }
    const profile = active.find((p) => p.type?.toUpperCase() === 'BUSINESS') ?? active[0];
    return success({
      id: profile?.id === undefined ? undefined : String(profile.id),
      name: profile && nameOf(profile),
      livemode: environment === 'live',
      profileType: profile?.type?.toLowerCase(),
      profiles: profiles.length,
    });
  }

  if (response.status === 401) {
    // The 401 body echoes the token in error_description, so none of the body is shown.
    return failure(
      'invalid_credentials',
      `Wise refused the API token. Check that it was created on ${SIGN_IN[environment]} and not on ${OTHER[environment]}: a token works only in the environment it comes from`,
      { fields: ['apiToken'] },
    );
  }
  return unexpectedStatus('Wise', response.status);
};

function nameOf(profile: Profile): string | undefined {
  const person = [
    profile.firstName ?? profile.details?.firstName,
    profile.lastName ?? profile.details?.lastName,
  ]
    .filter(Boolean)
    .join(' ');
  return profile.businessName ?? profile.details?.name ?? profile.fullName ?? (person || undefined);
}
