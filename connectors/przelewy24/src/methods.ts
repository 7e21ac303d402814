import type { DiscoveredMethod } from '@paycore/core';

/** One entry of `data` in Przelewy24's payment methods answer. */
export interface P24PaymentMethod {
  name?: string;
  id?: number;
  group?: string;
  status?: boolean;
}

/** Przelewy24's method groups → the vocabulary's codes (Blik, installments and the rest have none). */
const GROUPS: Readonly<Record<string, string>> = {
  'Credit Card': 'payment_card',
  FastTransfers: 'przelewy24',
  eTransfer: 'przelewy24',
  TraditionalTransfer: 'bank_transfer',
};

/** Wallets, which share one group, told apart by name. */
const WALLETS: readonly [RegExp, string][] = [
  [/apple\s*pay/i, 'applepay'],
  [/google\s*pay/i, 'googlepay'],
  [/paypal/i, 'paypal'],
];

function code(method: P24PaymentMethod): string | undefined {
  if (method.group === 'Wallet') return WALLETS.find(([name]) => name.test(method.name ?? ''))?.[1];
  return method.group ? GROUPS[method.group] : undefined;
}

/** The vocabulary's codes of the active methods in one answer. */
export function activeMethods(listed: readonly P24PaymentMethod[]): Set<string> {
  const codes = new Set<string>();
  for (const method of listed) {
    if (method.status !== true) continue;
    const found = code(method);
    if (found) codes.add(found);
  }
  return codes;
}

/** Joins the methods found per currency into discovered methods with their currencies. */
export function byCurrency(found: ReadonlyMap<string, Set<string>>): DiscoveredMethod[] {
  const currencies = new Map<string, string[]>();
  for (const [currency, codes] of found) {
    for (const method of codes) currencies.set(method, [...(currencies.get(method) ?? []), currency]);
  }
  return [...currencies].map(([method, list]) => ({ method, currencies: list }));
}
