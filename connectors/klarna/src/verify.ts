import { randomUUID } from 'node:crypto';
import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import { authorizationFor } from './authorization.js';
import type { KlarnaCredentials } from './credentials.js';

interface KlarnaError {
  error_code?: string;
  error_messages?: string[];
  correlation_id?: string;
}

const ENVIRONMENT_NAME = { sandbox: 'playground', live: 'live' } as const;
const REGION_NAME = { EU: 'Europe', NA: 'North America', OC: 'Oceania' } as const;
// Each environment's base URL is the European host; the other regions differ only in the first label.
const REGION_LABEL = { EU: 'api', NA: 'api-na', OC: 'api-oc' } as const;

/**
 * Checks Klarna credentials with `GET /ordermanagement/v1/orders/{order_id}` for a random order id:
 * Klarna has no "who am I" call, and this read answers 404 `NO_SUCH_ORDER` to credentials it
 * accepts and 401 to ones it refuses, without touching any order. Only that documented 404 body
 * counts as success; any other 404 (a wrong route, a proxy) proves nothing. Credentials work only
 * in their own region and environment, so a 401 message names both.
 */
export const verify: VerifyHook<KlarnaCredentials> = async ({ credentials, environment }, ctx) => {
  const auth = authorizationFor(credentials, environment);
  if (!auth.ok) return auth.failure;

  const base = new URL(ctx.baseUrl);
  base.hostname = base.hostname.replace(/^api\./, `${REGION_LABEL[credentials.region]}.`);
  const response = await ctx.fetch(`${base.origin}/ordermanagement/v1/orders/${randomUUID()}`, {
    headers: { authorization: auth.header, accept: 'application/json' },
    signal: ctx.signal,
  });
  const body = await readJson<KlarnaError>(response);

  if (response.status === 404 && body?.error_code === 'NO_SUCH_ORDER') {
    return success({ livemode: environment === 'live', region: credentials.region });
  }
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Klarna refused the credentials in ${REGION_NAME[credentials.region]} (${credentials.region}) ${ENVIRONMENT_NAME[environment]}. Check that they were created in the ${ENVIRONMENT_NAME[environment]} Merchant Portal of that region, and copy them again`,
      { fields: auth.fields },
    );
  }
  return unexpectedStatus('Klarna', response.status);
};
