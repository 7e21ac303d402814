import { indexByCode, loadData } from './load-data.js';
import type { PaymentMethod } from './types.js';

/** Every payment method of the catalogue, sorted by code. */
export const paymentMethods: readonly PaymentMethod[] = loadData<PaymentMethod>('payment-methods.json');

const byCode = indexByCode(paymentMethods);

/** The payment method with this code, or undefined. */
export function getPaymentMethod(code: string): PaymentMethod | undefined {
  return byCode.get(code);
}
