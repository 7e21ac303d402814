import { describe, expect, it } from 'vitest';
import { currencies, getCurrency } from './currencies.js';

describe('currencies', () => {
  it('lists all 785 currencies of the catalogue, 190 of them ISO 4217', () => {
    expect(currencies).toHaveLength(785);
    expect(currencies.filter((c) => c.iso4217)).toHaveLength(190);
  });

  it('finds a currency by code with its exponent', () => {
    expect(getCurrency('UAH')).toEqual({
      code: 'UAH',
      name: 'Ukrainian Hryvnia',
      type: 'national',
      exponent: 2,
      iso4217: true,
    });
    expect(getCurrency('JPY')?.exponent).toBe(0);
    expect(getCurrency('KWD')?.exponent).toBe(3);
  });

  it('marks crypto and digital units, and metals without a 3-letter code, as not ISO 4217', () => {
    expect(getCurrency('BTC')).toMatchObject({ type: 'crypto', iso4217: false, exponent: 8 });
    expect(getCurrency('WMZ')).toMatchObject({ type: 'digital', iso4217: false });
    expect(getCurrency('PMXAU')).toMatchObject({ type: 'metal', iso4217: false });
    expect(getCurrency('XAU')).toMatchObject({ type: 'metal', iso4217: true });
  });

  it('returns undefined for an unknown or lower-case code', () => {
    expect(getCurrency('usd')).toBeUndefined();
    expect(getCurrency('ZZZ')).toBeUndefined();
  });
});
