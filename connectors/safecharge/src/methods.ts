import type { DiscoveredMethod } from '@paycore/core';

/** One entry of `paymentMethods` in Nuvei's getMerchantPaymentMethods answer. */
export interface NuveiPaymentMethod {
  paymentMethod?: string;
  currencies?: string[];
}

/**
 * Nuvei's payment method names → the vocabulary's codes; names not listed here (most alternative
 * methods, whose names Nuvei documents per method) are left out.
 */
const METHODS: Readonly<Record<string, string>> = {
  cc_card: 'payment_card',
  ppp_ApplePay: 'applepay',
  ppp_GooglePay: 'googlepay',
  apmgw_expresscheckout: 'paypal',
  apmgw_Neteller: 'neteller',
};

/** The site's payment methods in the vocabulary's codes, each with the currencies Nuvei lists. */
export function paymentMethods(listed: readonly NuveiPaymentMethod[]): DiscoveredMethod[] {
  const found = new Map<string, Set<string>>();
  for (const entry of listed) {
    const code = entry.paymentMethod ? METHODS[entry.paymentMethod] : undefined;
    if (!code) continue;
    const currencies = found.get(code) ?? new Set<string>();
    for (const currency of entry.currencies ?? []) {
      if (/^[A-Z]{3}$/.test(currency)) currencies.add(currency);
    }
    found.set(code, currencies);
  }
  return [...found].map(([method, currencies]) =>
    currencies.size > 0 ? { method, currencies: [...currencies].sort() } : { method },
  );
}
