import type { DiscoveredMethod } from '@paycore/core';

/** One entry of Rapyd's List Payment Methods by Country answer, the fields read here. */
export interface RapydPaymentMethodType {
  type?: string;
  category?: string;
  currencies?: unknown;
  supported_digital_wallet_providers?: unknown;
}

/**
 * Rapyd's payment method categories → the vocabulary's codes. `ewallet` (each a named local
 * wallet), `bank_redirect`, `bank` and `rapyd_ewallet` have no vocabulary code that means the same,
 * so they are left out rather than guessed.
 */
const CATEGORIES: Readonly<Record<string, string>> = {
  card: 'payment_card',
  bank_transfer: 'bank_transfer',
  cash: 'cash',
};

/** Rapyd's digital wallet provider names (`supported_digital_wallet_providers`) → vocabulary codes. */
const WALLETS: Readonly<Record<string, string>> = {
  apple_pay: 'applepay',
  google_pay: 'googlepay',
};

const CURRENCY = /^[A-Z]{3}$/;

/**
 * The account's payment methods in the vocabulary's codes, each with the union of the currencies
 * Rapyd lists for it across the countries read; a card type that names Apple Pay or Google Pay
 * also reports that wallet in the card's currencies.
 */
export function paymentMethods(listed: readonly RapydPaymentMethodType[]): DiscoveredMethod[] {
  const found = new Map<string, Set<string>>();
  const add = (code: string, currencies: readonly string[]) => {
    const set = found.get(code) ?? new Set<string>();
    for (const currency of currencies) set.add(currency);
    found.set(code, set);
  };
  for (const entry of listed) {
    const code = entry.category ? CATEGORIES[entry.category] : undefined;
    if (!code) continue;
    const currencies = Array.isArray(entry.currencies)
      ? entry.currencies.filter((c): c is string => typeof c === 'string' && CURRENCY.test(c))
      : [];
    add(code, currencies);
    const wallets = Array.isArray(entry.supported_digital_wallet_providers)
      ? entry.supported_digital_wallet_providers
      : [];
    for (const wallet of wallets) {
      const walletCode = typeof wallet === 'string' ? WALLETS[wallet] : undefined;
      if (walletCode) add(walletCode, currencies);
    }
  }
  return [...found].map(([method, currencies]) =>
    currencies.size > 0 ? { method, currencies: [...currencies].sort() } : { method },
  );
}
