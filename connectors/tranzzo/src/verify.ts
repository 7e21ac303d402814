import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { TranzzoCredentials } from './credentials.js';

interface TranzzoError {
  message?: unknown;
  args?: { code?: unknown };
}

/** Tranzzo's `args.code` for missing or wrong POS_ID, API_KEY, API_SECRET or ENDPOINTS_KEY. */
const BAD_CREDENTIALS_CODE = 'S-404';
const CREDENTIAL_FIELDS = ['posId', 'apiKey', 'apiSecret', 'endpointsKey'];

const refused = () =>
  failure(
    'invalid_credentials',
    'Tranzzo refused the POS_ID or the API credentials. Copy POS_ID, API_KEY, API_SECRET and ENDPOINTS_KEY again from the same project in the Tranzzo Merchant Portal',
    { fields: CREDENTIAL_FIELDS },
  );

/**
 * Checks Tranzzo credentials with the request Tranzzo's documentation gives for exactly this:
 * reading order `0` of the POS (`GET /api/v1/pos/{POS_ID}/orders/0`). It only reads. Wrong
 * credentials answer `args.code: "S-404"` (or HTTP 401); with good ones the order is looked up, so
 * its record (200) or "not found" (404 in Tranzzo's error structure, another code) proves them.
 */
export const verify: VerifyHook<TranzzoCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(
    `${ctx.baseUrl}/api/v1/pos/${encodeURIComponent(credentials.posId)}/orders/0`,
    {
      headers: {
        'x-api-auth': `CPAY ${credentials.apiKey}:${credentials.apiSecret}`,
        'x-api-key': credentials.endpointsKey,
        accept: 'application/json',
      },
      signal: ctx.signal,
    },
  );
  const connected = () => success({ id: credentials.posId, livemode: environment === 'live' });
  if (response.status === 401) return refused();
  if (
    response.status !== 200 &&
    (response.status < 400 || response.status >= 500 || response.status === 429)
  ) {
    return unexpectedStatus('Tranzzo', response.status);
  }
  const body = await readJson<TranzzoError | unknown[]>(response);
  if (!body || typeof body !== 'object') return unexpectedStatus('Tranzzo', response.status);
  // The documented answer to wrong credentials is recognised by its code whatever status carries it.
  if (!Array.isArray(body) && body.args?.code === BAD_CREDENTIALS_CODE) return refused();
  if (response.status === 200) return connected();
  const tranzzoError =
    !Array.isArray(body) && typeof body.message === 'string' && !!body.args && typeof body.args === 'object';
  // Only a 404 in Tranzzo's error structure is "order not found"; anything else is a proxy or a path error.
  return response.status === 404 && tranzzoError ? connected() : unexpectedStatus('Tranzzo', response.status);
};
