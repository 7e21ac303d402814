/**
 * Stripe's payment method names (the properties of a payment method configuration) → the
 * vocabulary's payment method codes. Methods the vocabulary has no code for (Klarna, Link, Cash
 * App Pay, BLIK, …) are left out, and so are names whose match is not one to one (Multibanco,
 * `customer_balance`).
 */
export const PAYMENT_METHODS: Readonly<Record<string, string>> = {
  card: 'payment_card',
  apple_pay: 'applepay',
  google_pay: 'googlepay',
  cartes_bancaires: 'cartebancaires',
  jcb: 'jcb',
  sepa_debit: 'sepadirectdebit',
  us_bank_account: 'electroniccheckach',
  ideal: 'ideal',
  bancontact: 'bancontactmistercash',
  p24: 'przelewy24',
  eps: 'eps',
  giropay: 'giropay',
  sofort: 'sofortbanking',
  paypal: 'paypal',
  alipay: 'alipay',
  wechat_pay: 'wechat',
  afterpay_clearpay: 'afterpay',
  boleto: 'boletobancariopay',
  oxxo: 'oxxo',
};

/** The `object` of an external account Stripe pays out to → the vocabulary's payout method code. */
export const PAYOUT_DESTINATIONS: Readonly<Record<string, string>> = {
  bank_account: 'bank_transfer',
  card: 'bank_card',
};

/**
 * ISO 4217 codes, upper case and once each, from Stripe's lower-case currency fields; `undefined`
 * when there are none, as Stripe then says nothing about currencies.
 */
export function currencyCodes(values: Iterable<string | undefined>): string[] | undefined {
  const codes = new Set<string>();
  for (const value of values) {
    const code = value?.toUpperCase();
    if (code && /^[A-Z]{3}$/.test(code)) codes.add(code);
  }
  return codes.size > 0 ? [...codes] : undefined;
}
