// PayU's documented answers, shared by the tests. Each body cites where it comes from.

/** The sandbox POS keys of PayU's "Authorize and Order" request example. */
export const CREDENTIALS = { clientId: '460718', clientSecret: '22f4175da9f0f72bcce976dd8bd7504f' };

/** The second key (MD5) of the sandbox POS in PayU's PHP SDK README; never sent by the hooks. */
export const SECOND_KEY = '0c017495773278c50c7b35434017b2ca';

// 200 from POST /pl/standard/user/oauth/authorize: the "Sample Authorization Response" of
// developers.payu.com/europe/docs/payment-flows/auth-and-order, with grant_type as the API
// reference's response schema lists it.
export const TOKEN = {
  access_token: '3e5cac39-7e38-4139-8fd6-30adc06a61bd',
  token_type: 'bearer',
  expires_in: 43199,
  grant_type: 'client_credentials',
};

// 401 for a client_id PayU does not know (here: sandbox keys sent to production), as PayU's
// support quoted it in github.com/PayU-EMEA/woo-payu-payment-gateway/issues/9; the body shape
// { error, error_description } is the API reference's 401 schema.
export const INVALID_CLIENT = {
  error: 'invalid_client',
  error_description: "Can't find oauthClient with clientId = 460718",
};

const payByLink = (value: string, name: string, status: string) => ({
  value,
  name,
  brandImageUrl: `http://static.payu.com/images/mobile/logos/pbl_${value}.png`,
  status,
  minAmount: 50,
  maxAmount: 99999999,
});

// 200 from GET /api/v2_1/paymethods for a client_credentials token: the shape of PayU's
// "Retrieve Payment Methods" example (payByLinks entries with value, name, brandImageUrl, status,
// minAmount, maxAmount; empty token lists; status SUCCESS), with pay types from its payment
// methods reference: c (card), jp (Apple Pay), ap (Google Pay), blik, o (a bank pay-by-link) and
// sgb, DISABLED as in the API reference's example.
export const PAYMETHODS = {
  cardTokens: [],
  pexTokens: [],
  payByLinks: [
    payByLink('c', 'Płatność online kartą płatniczą', 'ENABLED'),
    payByLink('blik', 'BLIK', 'ENABLED'),
    payByLink('jp', 'Apple Pay', 'ENABLED'),
    payByLink('ap', 'Google Pay', 'TEMPORARY_DISABLED'),
    payByLink('o', 'Pekao24Przelew', 'ENABLED'),
    payByLink('sgb', 'SGB Bank', 'DISABLED'),
  ],
  status: { statusCode: 'SUCCESS' },
};

/** What discover makes of {@link PAYMETHODS}. */
export const DISCOVERED = {
  paymentMethods: [
    { method: 'payment_card' },
    { method: 'blik' },
    { method: 'applepay' },
    { method: 'googlepay' },
  ],
};
