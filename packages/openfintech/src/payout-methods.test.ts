import { describe, expect, it } from 'vitest';
import { getPayoutMethod, payoutMethods } from './payout-methods.js';

describe('payout methods', () => {
  it('lists each of the 2346 payout method codes once', () => {
    expect(payoutMethods.filter((m) => m.overlaySource === undefined)).toHaveLength(2346);
    expect(new Set(payoutMethods.map((m) => m.code)).size).toBe(payoutMethods.length);
  });

  it('finds a method by code', () => {
    expect(getPayoutMethod('bank_card')).toMatchObject({ code: 'bank_card', category: 'payment_card' });
    expect(getPayoutMethod('nope')).toBeUndefined();
  });
});
