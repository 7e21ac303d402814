import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { SquareCredentials } from './credentials.js';

/**
 * The Square API version the request is pinned to: the version of the OpenAPI document the
 * request is tested against, so the answer's shape does not follow the application's default.
 */
export const SQUARE_VERSION = '2025-08-20';

interface RetrieveMerchantResponse {
  merchant?: {
    id?: string;
    business_name?: string | null;
    country?: string;
    currency?: string | null;
    status?: 'ACTIVE' | 'INACTIVE' | null;
    main_location_id?: string | null;
  };
  errors?: SquareError[];
}

interface SquareError {
  category?: string;
  code?: string;
  detail?: string;
}

const DASHBOARD = { sandbox: 'Sandbox', live: 'Production' } as const;

/**
 * Checks a Square access token with `GET /v2/merchants/me` (RetrieveMerchant), which returns the
 * seller the token belongs to and needs only MERCHANT_PROFILE_READ. Square tokens carry no mark
 * of their environment, so a token of the other environment is only caught by Square's 401.
 */
export const verify: VerifyHook<SquareCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/v2/merchants/me`, {
    headers: {
      authorization: `Bearer ${credentials.accessToken}`,
      'square-version': SQUARE_VERSION,
      accept: 'application/json',
    },
    signal: ctx.signal,
  });
  const body = await readJson<RetrieveMerchantResponse>(response);

  if (response.status === 200) {
    const merchant = body?.merchant;
    if (!merchant?.id) return unexpectedStatus('Square', response.status);
    const name = merchant.business_name ?? undefined;
    if (merchant.status === 'INACTIVE') {
      return failure(
        'account_inactive',
        `Square reports the seller account ${name ?? merchant.id} as inactive: it can no longer sign in to the Square Dashboard or take payments. Contact Square support to reactivate it`,
      );
    }
    return success({
      id: merchant.id,
      name,
      livemode: environment === 'live',
      country: merchant.country,
      currency: merchant.currency ?? undefined,
      mainLocationId: merchant.main_location_id ?? undefined,
    });
  }

  const error = body?.errors?.[0];
  if (response.status === 401) {
    return failure('invalid_credentials', unauthorizedMessage(error?.code, environment), {
      fields: ['accessToken'],
    });
  }
  if (response.status === 403) {
    const message =
      error?.code === 'INSUFFICIENT_SCOPES'
        ? 'The access token is valid but lacks the MERCHANT_PROFILE_READ permission: authorize the OAuth application again with that scope, or use the personal access token from the Developer Console'
        : `The access token is valid but Square refused this request (${error?.code ?? 'FORBIDDEN'}${error?.detail ? `: ${error.detail}` : ''})`;
    return failure('insufficient_permissions', message, { fields: ['accessToken'] });
  }
  return unexpectedStatus('Square', response.status);
};

function unauthorizedMessage(code: string | undefined, environment: 'sandbox' | 'live'): string {
  if (code === 'ACCESS_TOKEN_EXPIRED')
    return 'Square says the access token has expired: refresh the OAuth token or copy a new one from the Developer Console';
  if (code === 'ACCESS_TOKEN_REVOKED')
    return 'Square says the access token was revoked: authorize the application again or copy a new token from the Developer Console';
  return `Square refused the access token. Copy the ${DASHBOARD[environment]} access token from Developer Console → your application → Credentials; sandbox and production tokens are different`;
}
