import { describe, expect, it } from 'vitest';
import { closestCode } from './vocabulary.js';

// A slice of the OpenFinTech payment methods, with the overlay's pix where a test says so.
const methods = ['card', 'cypix', 'payment_card', 'gcashwallet', 'applepay', 'qiwi', 'iris_bank', 'bpay'];
const names = new Map([
  ['card', 'Payment card'],
  ['cypix', 'Cypix'],
  ['payment_card', 'Payment card'],
  ['gcashwallet', 'GCASH'],
  ['applepay', 'Apple Pay'],
  ['qiwi', 'QIWI'],
  ['iris_bank', 'Iris Bank'],
  ['bpay', 'BPAY'],
  ['pix', 'Pix'],
]);

describe('closestCode', () => {
  it('suggests a code one typo away', () => {
    expect(closestCode('payment_crad', methods, names)).toBe('payment_card');
    expect(closestCode('UAX', ['UAH', 'USD', 'EUR'])).toBe('UAH');
  });

  it('never suggests an unrelated code: pix is not the card brand cypix, qris is nothing known', () => {
    expect(closestCode('pix', methods, names)).toBeUndefined();
    expect(closestCode('qris', methods, names)).toBeUndefined();
    expect(closestCode('zz', ['UA', 'DE'])).toBeUndefined();
  });

  it('prefers the overlay code once it exists', () => {
    expect(closestCode('PIX', [...methods, 'pix'], names)).toBe('pix');
    expect(closestCode('pixx', [...methods, 'pix'], names)).toBe('pix');
  });

  it('matches names as well as codes, ignoring case, spaces, _ and -', () => {
    expect(closestCode('gcash', methods, names)).toBe('gcashwallet');
    expect(closestCode('apple-pay', methods, names)).toBe('applepay');
    expect(closestCode('Payment Card', methods, names)).toBe('payment_card');
  });

  it('only looks at the candidates of the kind being checked', () => {
    expect(closestCode('payment_crad', ['bank_card', 'wire_transfer'])).toBeUndefined();
  });
});
