import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { MollieCredentials } from './credentials.js';
import { MODE, mollieFailure } from './map-error.js';

/** The profile object of `GET /v2/profiles/me`, as far as the check reads it. */
interface MollieProfile {
  resource?: string;
  id?: string;
  mode?: 'live' | 'test';
  name?: string;
  email?: string;
  website?: string;
  status?: 'unverified' | 'verified' | 'blocked';
}

/**
 * Checks a Mollie API key with `GET /v2/profiles/me`, which returns the website profile the key
 * belongs to and changes nothing. The key's prefix (`test_` / `live_`) names its mode, so a key of
 * the other mode is refused before any request; the profile's `mode` is checked as well.
 */
export const verify: VerifyHook<MollieCredentials> = async ({ credentials, environment }, ctx) => {
  const expected = MODE[environment];
  const keyMode = credentials.apiKey.startsWith('live_') ? 'live' : 'test';
  if (keyMode !== expected) {
    return failure(
      'wrong_environment',
      `This is a ${keyMode} API key; use the ${expected} API key (${expected}_…) of the profile for the ${environment} environment`,
      { fields: ['apiKey'] },
    );
  }

  const response = await ctx.fetch(`${ctx.baseUrl}/v2/profiles/me`, {
    headers: { authorization: `Bearer ${credentials.apiKey}`, accept: 'application/hal+json' },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const profile = await readJson<MollieProfile>(response);
    if (profile?.resource !== 'profile' || !profile.id) return unexpectedStatus('Mollie', response.status);
    if (profile.mode && profile.mode !== expected) {
      return failure('wrong_environment', `Mollie reports this key as a ${profile.mode} mode key`, {
        fields: ['apiKey'],
      });
    }
    const label = profile.name ?? profile.id;
    if (profile.status === 'blocked') {
      return failure(
        'account_inactive',
        `Mollie has blocked the website profile ${label}: it can no longer take payments. Contact Mollie support`,
      );
    }
    // An unverified profile may only create test payments, so a live connection would fail at the first payment.
    if (profile.status === 'unverified' && environment === 'live') {
      return failure(
        'account_inactive',
        `Mollie has not verified the website profile ${label} yet, so it can take test payments only. Finish the profile's verification in the Mollie Dashboard, then connect again`,
      );
    }
    return success({
      id: profile.id,
      name: profile.name,
      email: profile.email,
      livemode: profile.mode === undefined ? environment === 'live' : profile.mode === 'live',
      website: profile.website,
      status: profile.status,
    });
  }

  return mollieFailure(response, environment, 'its website profile');
};
