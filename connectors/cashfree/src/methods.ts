import type { DiscoveredMethod } from '@paycore/core';

/** One instrument inside a method group (a bank, a wallet), as `entity_details` lists it. */
interface PaymentModeDetails {
  nick?: string;
  display?: string;
  eligibility?: boolean;
  code?: number;
}

/** One entry of `POST /eligibility/payment_methods` (`EligibilityPaymentMethodsEntity`). */
export interface EligibilityEntity {
  eligibility?: boolean;
  entity_type?: string;
  entity_value?: string;
  entity_details?: { payment_method_details?: PaymentModeDetails[] };
}

// Cashfree's method groups (`MethodsType`) → the vocabulary's codes. Groups missing here have no
// vocabulary code: pay later, card and cardless EMI, UPI on credit cards or prepaid instruments,
// account-based payments.
const GROUPS: Readonly<Record<string, string>> = {
  credit_card: 'payment_card',
  debit_card: 'payment_card',
  prepaid_card: 'payment_card',
  corporate_credit_card: 'payment_card',
  upi: 'upi',
  netbanking: 'net_banking',
  banktransfer: 'bank_transfer',
  paypal: 'paypal',
};
// Wallets by Cashfree's name for them (the `provider` values of its wallet payments); the other
// wallets (PhonePe, Paytm, Amazon Pay, Airtel, FreeCharge, JioMoney, Ola Money) have no code.
const WALLETS: Readonly<Record<string, string>> = { mobikwik: 'mobikwik' };

/**
 * The payment methods Cashfree says the account may offer, in the vocabulary's codes: every
 * eligible group with a code, and the eligible wallets with one. Cashfree names no currencies
 * here (the amount asked about is in rupees).
 */
export function paymentMethods(entities: EligibilityEntity[]): DiscoveredMethod[] {
  const codes: string[] = [];
  for (const entity of entities) {
    if (entity.eligibility !== true || typeof entity.entity_value !== 'string') continue;
    const group = GROUPS[entity.entity_value];
    if (group) codes.push(group);
    if (entity.entity_value === 'wallet') {
      for (const wallet of entity.entity_details?.payment_method_details ?? []) {
        const code = wallet.nick ? WALLETS[wallet.nick] : undefined;
        if (code && wallet.eligibility === true) codes.push(code);
      }
    }
  }
  return [...new Set(codes)].map((method) => ({ method }));
}
