import type { VerifyContext } from '@paycore/core';

/**
 * The Square API version every request is pinned to: the version of the OpenAPI document the
 * requests are tested against, so the answers' shape does not follow the application's default.
 */
export const SQUARE_VERSION = '2025-08-20';

/** A GET to Square's API with the access token as a Bearer token and the pinned version. */
export function squareGet(ctx: VerifyContext, path: string, accessToken: string): Promise<Response> {
  return ctx.fetch(`${ctx.baseUrl}${path}`, {
    headers: {
      authorization: `Bearer ${accessToken}`,
      'square-version': SQUARE_VERSION,
      accept: 'application/json',
    },
    signal: ctx.signal,
  });
}
