import { describe, expect, it } from 'vitest';
import {
  countryOptions,
  currencyOptions,
  isSelected,
  matchOptions,
  methodOptions,
  toggleOption,
} from './filter-options';

const payouts = [
  { code: 'card', name: 'Card', providers: 3 },
  { code: 'bank_card', name: 'Card', providers: 40 },
  { code: 'payment_card', name: 'Card', providers: 0 },
  { code: 'bank_transfer', name: 'Bank Transfer', providers: 12 },
  { code: 'banktransfer', name: 'Bank transfer', providers: 2 },
  { code: 'test', name: 'Test', providers: 5 },
  { code: 'qiwi', name: 'QIWI Wallet', providers: 1 },
];

describe('filter choices', () => {
  it('lists each name once with its offered codes, drops "Test" and unoffered codes, most offered first', () => {
    expect(methodOptions(payouts)).toEqual([
      { value: 'bank_card', label: 'Card', codes: ['bank_card', 'card'], providers: 40 },
      {
        value: 'bank_transfer',
        label: 'Bank Transfer',
        codes: ['bank_transfer', 'banktransfer'],
        providers: 12,
      },
      { value: 'qiwi', label: 'QIWI Wallet', codes: ['qiwi'], providers: 1 },
    ]);
  });

  it('keeps ISO codes as hints and matches them', () => {
    const currencies = currencyOptions([
      { code: 'UAH', name: 'Hryvnia', exponent: 2, providers: 20 },
      { code: 'USD', name: 'US Dollar', exponent: 2, providers: 300 },
      { code: 'XTS', name: 'Codes specifically reserved for testing purposes', exponent: 0, providers: 0 },
    ]);
    expect(currencies.map((c) => c.value)).toEqual(['USD', 'UAH']);
    expect(matchOptions(currencies, 'uah').map((c) => c.value)).toEqual(['UAH']);
    expect(matchOptions(currencies, 'dollar').map((c) => c.value)).toEqual(['USD']);
    // Named in another language, a choice is still found by the catalogue's English name.
    const translated = currencyOptions([
      { code: 'USD', name: 'Долар США', englishName: 'US Dollar', exponent: 2, providers: 300 },
      { code: 'EUR', name: 'Євро', englishName: 'Euro', exponent: 2, providers: 280 },
    ]);
    expect(matchOptions(translated, 'долар').map((c) => c.value)).toEqual(['USD']);
    expect(matchOptions(translated, 'euro').map((c) => c.value)).toEqual(['EUR']);
    expect(matchOptions(translated, 'євро').map((c) => c.value)).toEqual(['EUR']);
    const countries = countryOptions([
      { code: 'UA', name: 'Ukraine', providers: 30 },
      { code: 'GB', name: 'United Kingdom', providers: 90 },
      { code: 'AU', name: 'Australia', providers: 60 },
    ]);
    expect(matchOptions(countries, 'u').map((c) => c.value)).toEqual(['GB', 'UA', 'AU']);
    expect(matchOptions(countries, 'kingdom').map((c) => c.value)).toEqual(['GB']);
  });

  it('switches every code of a choice on and off together', () => {
    const [card] = methodOptions(payouts);
    const on = toggleOption(card!, ['qiwi']);
    expect(on).toEqual(['qiwi', 'bank_card', 'card']);
    expect(isSelected(card!, ['card'])).toBe(true);
    expect(toggleOption(card!, on)).toEqual(['qiwi']);
  });
});
