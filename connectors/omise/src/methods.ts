import type { DiscoveredMethod } from '@paycore/core';

/** One entry of `payment_methods` in Omise's capability object. */
export interface OmisePaymentMethod {
  name?: string;
  currencies?: string[];
}

/**
 * Omise's payment method names (card, source types) → the vocabulary's codes. Names the vocabulary
 * has no code for (PromptPay, TrueMoney, PayNow, FPX, konbini, installments, …) are left out.
 */
const METHODS: Readonly<Record<string, string>> = {
  card: 'payment_card',
  alipay: 'alipay',
  alipay_cn: 'alipay',
  wechat_pay: 'wechat',
  internet_banking_bay: 'krungsrinetbanking',
  internet_banking_bbl: 'bangkokbanknetbanking',
  internet_banking_ktb: 'krungthaibanknetbanking',
  internet_banking_scb: 'scbbanknetbanking',
};

/** The account's payment methods in the vocabulary's codes, each with the currencies Omise lists. */
export function paymentMethods(listed: readonly OmisePaymentMethod[]): DiscoveredMethod[] {
  const found = new Map<string, Set<string>>();
  for (const entry of listed) {
    const code = entry.name ? METHODS[entry.name] : undefined;
    if (!code) continue;
    const currencies = found.get(code) ?? new Set<string>();
    for (const currency of entry.currencies ?? []) {
      const upper = currency.toUpperCase();
      if (/^[A-Z]{3}$/.test(upper)) currencies.add(upper);
    }
    found.set(code, currencies);
  }
  return [...found].map(([method, currencies]) =>
    currencies.size > 0 ? { method, currencies: [...currencies].sort() } : { method },
  );
}
