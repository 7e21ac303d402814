import { indexByCode, loadData } from './load-data.js';
import { overlayPayoutMethods, withOverlay } from './overlay.js';
import type { PayoutMethod, PayoutMethodCategory } from './types.js';

/**
 * Every payout method of the catalogue and of PayCore's overlay (those carry `overlaySource`),
 * sorted by code.
 */
export const payoutMethods: readonly PayoutMethod[] = withOverlay(
  loadData<PayoutMethod>('payout-methods.json'),
  overlayPayoutMethods,
  (entry) => ({
    code: entry.code,
    name: entry.name,
    category: entry.category as PayoutMethodCategory,
    countries: entry.countries,
    overlaySource: entry.source,
  }),
);

const byCode = indexByCode(payoutMethods);

/** The payout method with this code, or undefined. */
export function getPayoutMethod(code: string): PayoutMethod | undefined {
  return byCode.get(code);
}
