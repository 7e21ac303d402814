import { basicAuth, type VerifyContext } from '@paycore/core';
import type { Przelewy24Credentials } from './credentials.js';

/** Przelewy24's error body: `{ error, code }`. */
export interface P24Error {
  error?: unknown;
  code?: number;
}

/**
 * The Basic username: the shop ID (posId), which Przelewy24 documents as "the same value as
 * posId" and as defaulting to the merchant ID.
 */
export function user(credentials: Przelewy24Credentials): string {
  return credentials.posId || credentials.merchantId;
}

/** GETs a path of the REST API with the shop ID and API key as Basic credentials. */
export function get(ctx: VerifyContext, path: string, credentials: Przelewy24Credentials): Promise<Response> {
  return ctx.fetch(`${ctx.baseUrl}${path}`, {
    headers: { authorization: basicAuth(user(credentials), credentials.apiKey), accept: 'application/json' },
    signal: ctx.signal,
  });
}

/** The fields a refused authentication points at: the username actually sent and the key. */
export function authFields(credentials: Przelewy24Credentials): string[] {
  return [credentials.posId ? 'posId' : 'merchantId', 'apiKey'];
}
