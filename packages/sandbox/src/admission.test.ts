import { describe, expect, it } from 'vitest';
import { createAdmission } from './admission.js';

describe('admission', () => {
  it('holds verifies beyond the bounds in line and sheds them past the queue with overloaded', async () => {
    const admission = createAdmission({ global: 2, perProvider: 1, queue: 2 });
    const a = await admission.admit('stripe');
    const b = await admission.admit('paypal');
    expect(admission.inFlight).toBe(2);
    const waitingStripe = admission.admit('stripe');
    const waitingMollie = admission.admit('mollie');
    expect(admission.waiting).toBe(2);
    await expect(admission.admit('wise')).rejects.toMatchObject({ code: 'overloaded' });
    a();
    // Mollie waited for a global slot first; Stripe now has its provider slot and waits for one.
    const d = await waitingMollie;
    b();
    const c = await waitingStripe;
    expect(admission.inFlight).toBe(2);
    c();
    d();
  });
});
