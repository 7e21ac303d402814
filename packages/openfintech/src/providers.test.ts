import { describe, expect, it } from 'vitest';
import { getCountry } from './countries.js';
import { getPaymentMethod } from './payment-methods.js';
import { getPayoutMethod } from './payout-methods.js';
import { getProvider, providers } from './providers.js';

describe('providers', () => {
  it('lists every provider of the catalogue once: 654 source entries, paymentwall merged from 3', () => {
    expect(providers).toHaveLength(652);
    expect(new Set(providers.map((p) => p.code)).size).toBe(providers.length);
  });

  it('includes stripe and paypal with their English names', () => {
    expect(getProvider('stripe')).toMatchObject({ code: 'stripe', name: 'Stripe', status: 'active' });
    expect(getProvider('paypal')).toMatchObject({
      name: 'PayPal',
      paymentMethods: ['paypal'],
      payoutMethods: ['paypal', 'paypal_id', 'paypal_email', 'paypal_phone'],
    });
  });

  it('merges the duplicate paymentwall records, keeping the first name and every list', () => {
    const paymentwall = getProvider('paymentwall');
    expect(paymentwall?.name).toBe('Paymentwall');
    expect(paymentwall?.countries).toContain('FR');
    expect(paymentwall?.paymentMethods).toEqual(['payment_card']);
  });

  it('keeps the deprecated status from the source', () => {
    expect(getProvider('123x')?.status).toBe('deprecated');
    expect(providers.filter((p) => p.status === 'deprecated').map((p) => p.code)).toEqual([
      '123x',
      'ipaytotal',
      'paymega',
      'twelvelive',
    ]);
  });

  it('carries the English description as plain text', () => {
    expect(getProvider('interkassa')?.description).toMatch(/^«Interkassa» is a system/);
    expect(getProvider('stripe')?.description).toBeUndefined();
  });

  it('only refers to codes the vocabulary knows', () => {
    for (const provider of providers) {
      for (const code of provider.countries)
        expect(getCountry(code), `${provider.code} ${code}`).toBeDefined();
      for (const code of provider.paymentMethods) expect(getPaymentMethod(code)).toBeDefined();
      for (const code of provider.payoutMethods) expect(getPayoutMethod(code)).toBeDefined();
    }
  });

  it('returns undefined for an unknown code', () => {
    expect(getProvider('no-such-provider')).toBeUndefined();
    expect(getProvider('Stripe')).toBeUndefined();
  });

  it('cannot be changed by a consumer', () => {
    expect(() => (providers as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});
