import { describe, expect, it } from 'vitest';
import { countries } from './countries.js';
import { currencies } from './currencies.js';
import { paymentFlows } from './payment-flows.js';
import { paymentMethods } from './payment-methods.js';
import { payoutMethods } from './payout-methods.js';
import { vocabulary } from './vocabulary.js';

/** The interface `@paycore/core` declares; repeated here because this package must not depend on core. */
interface Vocabulary {
  paymentMethods: ReadonlySet<string>;
  payoutMethods: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  paymentFlows?: ReadonlySet<string>;
}

describe('vocabulary', () => {
  it('is assignable to the core Vocabulary interface', () => {
    const asCore: Vocabulary = vocabulary;
    expect(asCore.paymentFlows).toBe(vocabulary.paymentFlows);
  });

  it('accepts ISO 4217 currencies only', () => {
    for (const code of ['UAH', 'USD', 'EUR', 'JPY', 'XAU', 'XXX'])
      expect(vocabulary.currencies.has(code)).toBe(true);
    for (const code of ['BTC', 'ETH', 'WMZ', 'PMXAU', 'usd'])
      expect(vocabulary.currencies.has(code)).toBe(false);
    expect(vocabulary.currencies.size).toBe(currencies.filter((c) => c.iso4217).length);
  });

  it('holds every method, country and flow code of the catalogue', () => {
    expect(vocabulary.paymentMethods.size).toBe(paymentMethods.length);
    expect(vocabulary.payoutMethods.size).toBe(payoutMethods.length);
    expect(vocabulary.countries.size).toBe(countries.length);
    expect(vocabulary.paymentFlows.size).toBe(paymentFlows.length);
    expect(vocabulary.paymentMethods.has('payment_card')).toBe(true);
    expect(vocabulary.payoutMethods.has('bank_card')).toBe(true);
    expect(vocabulary.countries.has('UA')).toBe(true);
    expect(vocabulary.countries.has('UKR')).toBe(false);
    expect([...vocabulary.paymentFlows].sort()).toEqual([
      'card',
      'cash',
      'check',
      'hpp',
      'invoice',
      'sms',
      'ssk',
      'test',
      'transfer',
      'voucher',
    ]);
  });
});
