import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { SquareCredentials } from './credentials.js';
import { type SquareError, squareFailure } from './map-error.js';
import { isoCode } from './methods.js';
import { squareGet } from './request.js';

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

/**
 * Checks a Square access token with `GET /v2/merchants/me` (RetrieveMerchant), which returns the
 * seller the token belongs to and needs only MERCHANT_PROFILE_READ. Square tokens carry no mark
 * of their environment, so a token of the other environment is only caught by Square's 401.
 */
export const verify: VerifyHook<SquareCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await squareGet(ctx, '/v2/merchants/me', credentials.accessToken);
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
      country: isoCode(merchant.country, 2),
      defaultCurrency: isoCode(merchant.currency, 3),
      mainLocationId: merchant.main_location_id ?? undefined,
    });
  }

  return squareFailure(response.status, body?.errors?.[0], environment);
};
