import { indexByCode, loadData } from './load-data.js';
import type { Provider } from './types.js';

/**
 * Every provider entry of the catalogue, sorted by code. Codes are unique: the catalogue's
 * duplicate records for one code are merged when the data is generated.
 */
export const providers: readonly Provider[] = loadData<Provider>('providers.json');

const byCode = indexByCode(providers);

/** The provider entry with this code, or undefined. */
export function getProvider(code: string): Provider | undefined {
  return byCode.get(code);
}
