// Mollie's documented answers. Source: Mollie's OpenAPI document as published with its official
// TypeScript SDK (github.com/mollie/mollie-api-typescript, .speakeasy/out.openapi.yaml, commit
// 2bee2a58fdcacdddcc0e1b51a95e6c569f018d7a), unless a comment says otherwise.

// The example key of Mollie's API reference, and the same key in live mode.
export const TEST_KEY = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';
export const LIVE_KEY = 'live_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';
export const HAL = { 'content-type': 'application/hal+json' };

// 401 for a wrong key, as Mollie's "Handling errors" guide shows it (mollie/api-documentation).
export const UNAUTHORIZED = {
  status: 401,
  title: 'Unauthorized Request',
  detail: 'Missing authentication, or failed to authenticate',
  _links: { documentation: { href: 'https://docs.mollie.com/guides/authentication', type: 'text/html' } },
};

// 429: the example of the document's 429-rate-limit response.
export const RATE_LIMITED = {
  status: 429,
  title: 'Too Many Requests',
  detail: 'You have exceeded the rate limit. Please slow down your requests.',
  _links: { documentation: { href: 'https://docs.mollie.com/overview/handling-errors', type: 'text/html' } },
};

/** A method object as the examples of `list-methods` show it. */
function method(id: string, description: string, minimum: string, maximum: string | null, status: string) {
  const icon = `https://www.mollie.com/external/icons/payment-methods/${id}`;
  return {
    resource: 'method',
    id,
    description,
    minimumAmount: { value: minimum, currency: 'EUR' },
    maximumAmount: maximum === null ? null : { value: maximum, currency: 'EUR' },
    image: { size1x: `${icon}.png`, size2x: `${icon}%402x.png`, svg: `${icon}.svg` },
    status,
    _links: { self: { href: '...', type: 'application/hal+json' } },
  };
}

/** The answer of `GET /v2/methods` listing `methods`. */
export function methodList(methods: ReturnType<typeof method>[]) {
  return {
    count: methods.length,
    _embedded: { methods },
    _links: {
      self: { href: '...', type: 'application/hal+json' },
      documentation: { href: '...', type: 'text/html' },
    },
  };
}

/** Example `list-methods-200-1`: iDEAL and cards, both activated. */
export const TWO_METHODS = methodList([
  method('ideal', 'iDEAL', '0.01', '50000.00', 'activated'),
  method('creditcard', 'Credit card', '0.01', '2000.00', 'activated'),
]);

/** Example `list-methods-200-2`: cards still pending review, which test mode lists. */
export const PENDING_CARDS = methodList([
  method('creditcard', 'Credit card', '0.01', '2000.00', 'pending-review'),
  method('ideal', 'iDEAL', '0.01', '50000.00', 'activated'),
  method('banktransfer', 'Bank transfer', '0.01', '1000000.00', 'activated'),
]);

/** Example `list-method-200-3`: eleven methods, vouchers among them. */
export const SEVERAL_METHODS = methodList([
  method('ideal', 'iDEAL', '0.01', '50000.00', 'activated'),
  method('creditcard', 'Credit card', '0.01', '500.00', 'activated'),
  method('paypal', 'PayPal', '0.01', null, 'activated'),
  method('banktransfer', 'Bank transfer', '0.01', '1000000.00', 'activated'),
  method('bancontact', 'Bancontact', '0.02', '50000.00', 'activated'),
  method('eps', 'eps', '1.00', '50000.00', 'activated'),
  method('przelewy24', 'Przelewy24', '0.01', '12815.00', 'activated'),
  method('kbc', 'KBC/CBC Payment Button', '0.01', '50000.00', 'activated'),
  method('belfius', 'Belfius Pay Button', '0.01', '50000.00', 'activated'),
  method('voucher', 'Vouchers', '1.00', '100000.00', 'activated'),
  method('directdebit', 'SEPA Direct Debit', '0.01', '1000.00', 'activated'),
]);
