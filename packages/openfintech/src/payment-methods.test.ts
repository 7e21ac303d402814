import { describe, expect, it } from 'vitest';
import { getPaymentMethod, paymentMethods } from './payment-methods.js';

describe('payment methods', () => {
  it('lists each of the 433 payment method codes once (the source repeats alipay and permata_bank)', () => {
    const catalogue = paymentMethods.filter((m) => m.overlaySource === undefined);
    expect(catalogue).toHaveLength(433);
    expect(new Set(paymentMethods.map((m) => m.code)).size).toBe(paymentMethods.length);
  });

  it('finds a method with its category, description and countries', () => {
    expect(getPaymentMethod('bpay')).toEqual({
      code: 'bpay',
      name: 'BPAY',
      category: 'alternative',
      description: expect.stringMatching(/^BPAY is a online payment solution/),
      countries: ['AU'],
    });
    expect(getPaymentMethod('payment_card')).toEqual({
      code: 'payment_card',
      name: 'Payment card',
      category: 'payment_card',
    });
  });

  it('keeps the first of duplicate records (alipay is a digital wallet)', () => {
    expect(getPaymentMethod('alipay')).toMatchObject({ name: 'Alipay.com', category: 'digital_wallet' });
  });

  it('trims descriptions to plain text and drops empty ones', () => {
    expect(getPaymentMethod('capayable')?.description).toMatch(/without interest!$/);
    expect(getPaymentMethod('bancoitau')).not.toHaveProperty('description');
  });
});
