import type { MockHandler } from '@paycore/testkit';

// Example objects of Stripe's official OpenAPI repository: github.com/stripe/openapi,
// openapi/fixtures3.json, commit f6c2a48fbac2819d1feba8143d942ffc65e1c0d2 ("resources").

/** One method of a configuration; `shown` is the display preference (on, but unavailable while its capability is inactive). */
export const setting = (available: boolean, shown = available) => {
  const value = shown ? 'on' : 'off';
  return { available, display_preference: { overridable: null, preference: value, value } };
};

/** The `payment_method_configuration` example as published: cards and Apple Pay on, the rest off. */
export const DEFAULT_CONFIGURATION = {
  id: 'pmc_1Pgc79B7WZ01zgkWe1iPon1Q',
  object: 'payment_method_configuration',
  active: true,
  application: null,
  is_default: true,
  livemode: false,
  name: 'Default',
  parent: null,
  acss_debit: setting(false),
  affirm: setting(false),
  afterpay_clearpay: setting(false),
  alipay: setting(false),
  amazon_pay: setting(false),
  apple_pay: setting(true),
  bacs_debit: setting(false),
  bancontact: setting(false),
  blik: setting(false),
  card: setting(true),
  cartes_bancaires: setting(false),
  cashapp: setting(false),
  customer_balance: setting(false),
  eps: setting(false),
  giropay: setting(false),
  google_pay: setting(false),
  ideal: setting(false),
  klarna: setting(false),
  link: setting(false),
  multibanco: setting(false),
  p24: setting(false),
  sepa_debit: setting(false),
  sofort: setting(false),
  us_bank_account: setting(false),
  wechat_pay: setting(false),
  zip: setting(false),
};

/** The `account` example, without its larger nested objects (business profile, requirements, settings). */
export const ACCOUNT = {
  id: 'acct_1PgafTB7WZ01zgkW',
  object: 'account',
  business_type: null,
  capabilities: { card_payments: 'active', transfers: 'active' },
  charges_enabled: false,
  controller: { type: 'account' },
  country: 'US',
  default_currency: 'usd',
  details_submitted: false,
  email: 'site@stripe.com',
  external_accounts: {
    data: [] as object[],
    has_more: false,
    object: 'list',
    url: '/v1/accounts/acct_1PgafTB7WZ01zgkW/external_accounts',
  },
  payouts_enabled: false,
  type: 'standard',
};

/** Who {@link ACCOUNT} is, as discover reports it. */
export const ACCOUNT_IDENTITY = {
  id: 'acct_1PgafTB7WZ01zgkW',
  email: 'site@stripe.com',
  country: 'US',
  defaultCurrency: 'USD',
};

/** The `bank_account` example, as an external account of the account. */
export const BANK_ACCOUNT = {
  id: 'ba_1PgagAB7WZ01zgkWr3DySp2Q',
  object: 'bank_account',
  account_holder_name: 'Jane Austen',
  account_holder_type: 'company',
  bank_name: 'STRIPE TEST BANK',
  country: 'US',
  currency: 'usd',
  last4: '6789',
  routing_number: '110000000',
  status: 'new',
};

/** The `card` example as a debit card to pay out to; the example is a customer's card, so `currency` is added. */
export const DEBIT_CARD = {
  id: 'card_1PgaftB7WZ01zgkWm3waTcFp',
  object: 'card',
  brand: 'Visa',
  country: 'US',
  currency: 'usd',
  exp_month: 8,
  exp_year: 2030,
  funding: 'debit',
  last4: '4242',
};

/** A list answer, as `GET /v1/payment_method_configurations` wraps its configurations. */
export const list = (data: object[]) => ({
  object: 'list',
  data,
  has_more: false,
  url: '/v1/payment_method_configurations',
});

/** Answers the two reads of discover with these bodies, and anything else with Stripe's 404. */
export function stripeAnswers(configurations: object[], account: object): MockHandler {
  return (request) => {
    if (request.path === '/v1/payment_method_configurations')
      return { status: 200, body: list(configurations) };
    if (request.path === '/v1/account') return { status: 200, body: account };
    return {
      status: 404,
      body: {
        error: { message: `Unrecognized request URL (GET: ${request.path}).`, type: 'invalid_request_error' },
      },
    };
  };
}
