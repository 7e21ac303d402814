import type { DiscoveredMethod } from '@paycore/core';

/**
 * The part of Razorpay's `GET /v1/methods` answer the connector reads. Flags are booleans or 0/1;
 * `netbanking` and `wallet` are objects keyed by Razorpay's codes, or `[]` when none is enabled.
 */
export interface RazorpayMethods {
  entity?: string;
  card?: boolean;
  card_networks?: Record<string, number | boolean>;
  netbanking?: Record<string, string> | unknown[];
  wallet?: Record<string, boolean> | unknown[];
  app?: Record<string, number | boolean>;
  upi?: boolean;
  google_pay_cards?: boolean;
}

// Razorpay's codes → the vocabulary's; a code missing here has no vocabulary code (Visa, Mastercard
// and Maestro are plain `payment_card`; EMI, pay later and most Indian wallets have none).
const CARD_NETWORKS: Readonly<Record<string, string>> = {
  AMEX: 'americanexpress',
  DICL: 'dinersclub',
  JCB: 'jcb',
  // The connector's manifest lists RuPay cards as RuPay PaySecure, RuPay's online card scheme.
  RUPAY: 'rupaypaysecure',
};
const NETBANKING: Readonly<Record<string, string>> = {
  HDFC: 'hdfcbanknetbankingindia',
  ICIC: 'icicinetbanking',
};
const WALLETS: Readonly<Record<string, string>> = { mobikwik: 'mobikwik', paypal: 'paypal' };
const APPS: Readonly<Record<string, string>> = {
  giropay: 'giropay',
  poli: 'polipayonline',
  sofort: 'sofortbanking',
  trustly: 'trustly',
};

/** Codes of `table` whose key is switched on in `flags` (an object of flags, or Razorpay's `[]`). */
function enabled(
  flags: unknown,
  table: Readonly<Record<string, string>>,
  on: (value: unknown) => boolean = Boolean,
): string[] {
  if (!flags || typeof flags !== 'object' || Array.isArray(flags)) return [];
  return Object.entries(flags as Record<string, unknown>)
    .filter(([key, value]) => key in table && on(value))
    .map(([key]) => table[key] as string);
}

/**
 * The payment methods Razorpay says the account has enabled, in the vocabulary's codes. Card
 * networks count only while cards are on; a netbanking bank is enabled by being listed. Razorpay
 * names no currencies here.
 */
export function paymentMethods(methods: RazorpayMethods): DiscoveredMethod[] {
  const codes = [
    ...(methods.card ? ['payment_card', ...enabled(methods.card_networks, CARD_NETWORKS)] : []),
    ...enabled(methods.netbanking, NETBANKING, (name) => typeof name === 'string'),
    ...enabled(methods.wallet, WALLETS),
    ...enabled(methods.app, APPS),
    ...(methods.upi ? ['upi'] : []),
    ...(methods.google_pay_cards ? ['googlepay'] : []),
  ];
  return [...new Set(codes)].map((method) => ({ method }));
}
