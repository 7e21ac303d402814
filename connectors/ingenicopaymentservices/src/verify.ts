import { readJson, success, unexpectedStatus, type VerifyContext, type VerifyHook } from '@paycore/core';
import { classifyError } from './classify.js';
import type { IngenicopaymentservicesCredentials } from './credentials.js';
import { authorizationHeader, sign } from './sign.js';

type Platform = NonNullable<IngenicopaymentservicesCredentials['platform']>;

const PLATFORM_NAME: Readonly<Record<Platform, string>> = {
  worldline: 'Worldline Direct',
  anz: 'ANZ Worldline Payment Solutions',
};
// Both platforms name their hosts alike (payment.[preprod.]<domain>); the manifest's base URLs are Worldline Direct's.
const PLATFORM_DOMAIN: Readonly<Record<Platform, string>> = {
  worldline: 'direct.worldline-solutions.com',
  anz: 'anzworldline-solutions.com.au',
};

/** The origin of the platform's API in the context's environment. */
function originFor(platform: Platform, ctx: VerifyContext): string {
  const base = new URL(ctx.baseUrl);
  base.hostname = base.hostname.replace(PLATFORM_DOMAIN.worldline, PLATFORM_DOMAIN[platform]);
  return base.origin;
}

/**
 * Checks the PSPID, API Key and API Secret with Worldline's connection test,
 * `GET /v2/{merchantId}/services/testconnection`, signed with GCS v1HMAC as every server API call
 * is. It reads nothing and changes nothing; Worldline answers `{"result":"OK"}` only when the
 * signature is right and the key belongs to the PSPID. The keys carry no mark of their
 * environment, so a test key in production is refused by Worldline, not before.
 */
export const verify: VerifyHook<IngenicopaymentservicesCredentials> = async (
  { credentials, environment },
  ctx,
) => {
  const platform = credentials.platform ?? 'worldline';
  const resource = `/v2/${encodeURIComponent(credentials.merchantId)}/services/testconnection`;
  const date = new Date().toUTCString();
  const signature = sign(credentials.secretApiKey, { method: 'GET', contentType: '', date, resource });
  const response = await ctx.fetch(`${originFor(platform, ctx)}${resource}`, {
    headers: {
      date,
      authorization: authorizationHeader(credentials.apiKeyId, signature),
      accept: 'application/json',
    },
    signal: ctx.signal,
  });
  const body = await readJson<{ result?: unknown }>(response);
  if (response.status === 200) {
    if (body?.result !== 'OK') return unexpectedStatus(PLATFORM_NAME[platform], response.status);
    return success({ id: credentials.merchantId, livemode: environment === 'live', platform });
  }
  return classifyError(response.status, body, PLATFORM_NAME[platform]);
};
