import { indexByCode, loadData } from './load-data.js';
import type { Currency } from './types.js';

/** Every currency of the catalogue (ISO 4217, digital and crypto), sorted by code. */
export const currencies: readonly Currency[] = loadData<Currency>('currencies.json');

const byCode = indexByCode(currencies);

/** The currency with this code, or undefined. Codes are case-sensitive (`USD`, not `usd`). */
export function getCurrency(code: string): Currency | undefined {
  return byCode.get(code);
}
