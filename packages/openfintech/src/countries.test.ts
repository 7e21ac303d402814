import { describe, expect, it } from 'vitest';
import { countries, getCountry } from './countries.js';

describe('countries', () => {
  it('lists the 250 ISO 3166-1 countries and territories with alpha-2 and alpha-3 codes', () => {
    expect(countries).toHaveLength(250);
    for (const country of countries) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('finds a country by alpha-2 code', () => {
    expect(getCountry('UA')).toEqual({ code: 'UA', name: 'Ukraine', alpha3: 'UKR', region: 'europe' });
    expect(getCountry('US')?.region).toBe('americas');
  });

  it('leaves the region empty where the catalogue does', () => {
    expect(getCountry('BV')?.region).toBeNull();
  });

  it('returns undefined for an alpha-3 or unknown code', () => {
    expect(getCountry('UKR')).toBeUndefined();
    expect(getCountry('XX')).toBeUndefined();
  });
});
