import { basicAuth, type VerifyContext } from '@paycore/core';

/** The API version both calls are written against; the account's default could differ. */
export const OMISE_VERSION = '2019-05-29';

/** An Omise API error, as every endpoint returns it. */
export interface OmiseError {
  object?: string;
  code?: string;
  message?: string;
}

/** GETs a path of the Omise API with the secret key as the Basic username and no password. */
export function get(ctx: VerifyContext, path: string, secretKey: string): Promise<Response> {
  return ctx.fetch(`${ctx.baseUrl}${path}`, {
    headers: {
      authorization: basicAuth(secretKey, ''),
      'omise-version': OMISE_VERSION,
      accept: 'application/json',
    },
    signal: ctx.signal,
  });
}
