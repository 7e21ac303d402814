import { indexByCode, loadData } from './load-data.js';
import type { Country } from './types.js';

/** Every country and territory of the catalogue, sorted by alpha-2 code. */
export const countries: readonly Country[] = loadData<Country>('countries.json');

const byCode = indexByCode(countries);

/** The country with this ISO 3166-1 alpha-2 code (upper case), or undefined. */
export function getCountry(code: string): Country | undefined {
  return byCode.get(code);
}
