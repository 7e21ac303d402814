/**
 * Mollie's payment method ids (`id` of a method object) → the vocabulary's payment method codes.
 * Mollie's bank transfer is a SEPA credit transfer. Methods the vocabulary has no code for
 * (Klarna, Billie, in3, Riverty, Twint, BLIK, gift cards, vouchers, …) are left out.
 */
export const PAYMENT_METHODS: Readonly<Record<string, string>> = {
  creditcard: 'payment_card',
  applepay: 'applepay',
  googlepay: 'googlepay',
  paypal: 'paypal',
  ideal: 'ideal',
  bancontact: 'bancontactmistercash',
  kbc: 'kbcbetaalknop',
  belfius: 'belfiusdirectnet',
  eps: 'eps',
  przelewy24: 'przelewy24',
  mybank: 'mybank2',
  trustly: 'trustly',
  directdebit: 'sepadirectdebit',
  banktransfer: 'sepacredittransfer',
  paysafecard: 'paysafecard',
};
