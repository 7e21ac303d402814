import { describe, expect, it } from 'vitest';
import { getPaymentFlow, paymentFlows } from './payment-flows.js';

describe('payment flows', () => {
  it('lists the 10 flows and finds one by code', () => {
    expect(paymentFlows).toHaveLength(10);
    expect(getPaymentFlow('hpp')).toEqual({ code: 'hpp', name: 'Hosted payment page' });
    expect(getPaymentFlow('HPP')).toBeUndefined();
  });
});
