import { type DiscoveredMethod, type DiscoverHook, readJson, unexpectedStatus } from '@paycore/core';
import type { SquareCredentials } from './credentials.js';
import { type SquareError, squareFailure } from './map-error.js';
import { CARD_BRANDS, CARD_CAPABILITY, CARD_METHOD, isoCode } from './methods.js';
import { squareGet } from './request.js';

interface ListLocationsResponse {
  locations?: { status?: string | null; country?: string; currency?: string; capabilities?: string[] }[];
  errors?: SquareError[];
}

/**
 * Reads what a Square seller can take with one `GET /v2/locations` (ListLocations): cards, in the
 * currency of each active location that has CREDIT_CARD_PROCESSING (Square processes a payment in
 * its location's currency), and the card brands Square takes in that location's country. Digital
 * wallets, Afterpay and ACH depend on settings the API does not show, so they are not reported. The
 * connector lists no payout methods.
 */
export const discover: DiscoverHook<SquareCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await squareGet(ctx, '/v2/locations', credentials.accessToken);
  const body = await readJson<ListLocationsResponse>(response);
  if (response.status !== 200) return squareFailure(response.status, body?.errors?.[0], environment);
  // ListLocations answers with `errors` or `locations`; with neither, the seller has no locations.
  if (!body || typeof body !== 'object' || body.errors) return unexpectedStatus('Square', response.status);

  const cards = (body.locations ?? []).filter(
    (location) => location.status === 'ACTIVE' && location.capabilities?.includes(CARD_CAPABILITY),
  );
  const currenciesIn = (countries?: readonly string[]) => [
    ...new Set(
      cards
        .filter((location) => !countries || countries.includes(location.country ?? ''))
        .map((location) => isoCode(location.currency, 3))
        .filter((currency): currency is string => currency !== undefined),
    ),
  ];
  const paymentMethods: DiscoveredMethod[] = [
    [CARD_METHOD, undefined] as const,
    ...Object.entries(CARD_BRANDS),
  ]
    .map(([method, countries]) => ({ method, currencies: currenciesIn(countries) }))
    .filter((found) => found.currencies.length > 0);
  return { paymentMethods, payoutMethods: [] };
};
