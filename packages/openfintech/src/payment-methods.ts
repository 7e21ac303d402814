import { indexByCode, loadData } from './load-data.js';
import { overlayPaymentMethods, withOverlay } from './overlay.js';
import type { PaymentMethod, PaymentMethodCategory } from './types.js';

/**
 * Every payment method of the catalogue and of PayCore's overlay (those carry `overlaySource`),
 * sorted by code.
 */
export const paymentMethods: readonly PaymentMethod[] = withOverlay(
  loadData<PaymentMethod>('payment-methods.json'),
  overlayPaymentMethods,
  (entry) => ({
    code: entry.code,
    name: entry.name,
    category: entry.category as PaymentMethodCategory,
    countries: entry.countries,
    overlaySource: entry.source,
  }),
);

const byCode = indexByCode(paymentMethods);

/** The payment method with this code, or undefined. */
export function getPaymentMethod(code: string): PaymentMethod | undefined {
  return byCode.get(code);
}
