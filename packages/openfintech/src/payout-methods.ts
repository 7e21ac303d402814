import { indexByCode, loadData } from './load-data.js';
import type { PayoutMethod } from './types.js';

/** Every payout method of the catalogue, sorted by code. */
export const payoutMethods: readonly PayoutMethod[] = loadData<PayoutMethod>('payout-methods.json');

const byCode = indexByCode(payoutMethods);

/** The payout method with this code, or undefined. */
export function getPayoutMethod(code: string): PayoutMethod | undefined {
  return byCode.get(code);
}
