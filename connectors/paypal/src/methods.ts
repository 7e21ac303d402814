import type { DiscoveredMethod } from '@paycore/core';

// Granted scope → the methods it lets the app use, in the vocabulary's codes. The scopes are those
// PayPal's official OpenAPI documents require: taking payments (Orders v2 `…/payments/payment`;
// capture `…/payments/payment/authcapture` and `…/payments/realtimepayment` in Payments v2), and
// Payouts `…/payments/payouts` (`payments_payouts_batch_v1.json`), which PayPal's scopes page
// spells `…/services/payments/payouts`. A payout goes to a PayPal account named by e-mail, phone
// or PayPal ID (the documented `recipient_type`s).
const PAYPAL = ['paypal'];
const PAYOUTS = ['paypal', 'paypal_email', 'paypal_phone', 'paypal_id'];
const PAYMENT_SCOPES: Readonly<Record<string, readonly string[]>> = {
  'https://uri.paypal.com/services/payments/payment': PAYPAL,
  'https://uri.paypal.com/services/payments/payment/authcapture': PAYPAL,
  'https://uri.paypal.com/services/payments/realtimepayment': PAYPAL,
};
const PAYOUT_SCOPES: Readonly<Record<string, readonly string[]>> = {
  'https://uri.paypal.com/payments/payouts': PAYOUTS,
  'https://uri.paypal.com/services/payments/payouts': PAYOUTS,
};

function methodsFor(scopes: readonly string[], table: Readonly<Record<string, readonly string[]>>) {
  const codes = scopes.flatMap((scope) => table[scope] ?? []);
  return [...new Set(codes)].map((method): DiscoveredMethod => ({ method }));
}

/** The payment and payout methods a token's `scope` (space-separated) grants. */
export function methodsFromScope(scope: string | undefined): {
  paymentMethods: DiscoveredMethod[];
  payoutMethods: DiscoveredMethod[];
} {
  const scopes = scope?.split(' ').filter(Boolean) ?? [];
  return {
    paymentMethods: methodsFor(scopes, PAYMENT_SCOPES),
    payoutMethods: methodsFor(scopes, PAYOUT_SCOPES),
  };
}
