import type { DiscoveredMethod } from '@paycore/core';

/** One entry of `payByLinks` in PayU's payment methods answer. */
export interface PayByLink {
  value?: unknown;
  name?: unknown;
  status?: unknown;
}

/**
 * PayU payType values → the vocabulary's codes. Bank pay-by-links (one payType per bank),
 * installments and pay-later methods have no code here and are left out.
 */
const PAY_TYPES: Readonly<Record<string, string>> = {
  c: 'payment_card',
  jp: 'applepay',
  ap: 'googlepay',
  blik: 'blik',
};

/**
 * TEMPORARY_DISABLED is PayU's mark for a channel in maintenance or outage: the POS still has it,
 * so it counts as enabled; DISABLED does not.
 */
const ON = new Set(['ENABLED', 'TEMPORARY_DISABLED']);

/** The vocabulary's methods among the pay types the POS has, in the order PayU lists them. */
export function enabledMethods(payByLinks: readonly PayByLink[]): DiscoveredMethod[] {
  const codes = new Set<string>();
  for (const entry of payByLinks) {
    if (typeof entry.value !== 'string' || typeof entry.status !== 'string' || !ON.has(entry.status))
      continue;
    const code = Object.hasOwn(PAY_TYPES, entry.value) ? PAY_TYPES[entry.value] : undefined;
    if (code) codes.add(code);
  }
  return [...codes].map((method) => ({ method }));
}
