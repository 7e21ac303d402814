/**
 * The location capability that lets a Square seller take card payments, and the method it gives:
 * Square's only account-level switch for payment methods that its API shows.
 */
export const CARD_CAPABILITY = 'CREDIT_CARD_PROCESSING';
export const CARD_METHOD = 'payment_card';

/**
 * Card brands beyond Visa and Mastercard (which `payment_card` stands for) → the seller countries
 * where Square takes them for card-not-present payments, as "Supported Payment Methods by Country"
 * lists them. Brand acceptance is set by the seller's country, not per account, so a location
 * that can take cards takes the brands of its country.
 */
export const CARD_BRANDS: Readonly<Record<string, readonly string[]>> = {
  americanexpress: ['AU', 'CA', 'ES', 'FR', 'GB', 'IE', 'JP', 'US'],
  discover: ['CA', 'JP', 'US'],
  dinersclub: ['CA', 'JP', 'US'],
  jcb: ['AU', 'CA', 'JP', 'US'],
  chinaunionpay: ['CA', 'US'],
};

/** `value` when it is an upper-case code of `length` letters (ISO 3166-1 or ISO 4217), else undefined. */
export function isoCode(value: string | null | undefined, length: 2 | 3): string | undefined {
  return value && new RegExp(`^[A-Z]{${length}}$`).test(value) ? value : undefined;
}
