import { indexByCode, loadData } from './load-data.js';
import type { PaymentFlow } from './types.js';

/** Every payment flow of the catalogue, sorted by code. */
export const paymentFlows: readonly PaymentFlow[] = loadData<PaymentFlow>('payment-flows.json');

const byCode = indexByCode(paymentFlows);

/** The payment flow with this code, or undefined. */
export function getPaymentFlow(code: string): PaymentFlow | undefined {
  return byCode.get(code);
}
