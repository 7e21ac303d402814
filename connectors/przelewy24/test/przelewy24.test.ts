import { describeConnector, type RecordedRequest, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const CREDENTIALS = { merchantId: '999999', apiKey: 'a2c35b4a070f7a42d2a675c521e5331f' };
const basic = (user: string, key: string) => `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`;

// The answers Przelewy24's OpenAPI document (developers.przelewy24.pl) lists for these operations:
// TransactionTestAccess200, UnauthorizedResponse (its default and example values), InvalidInputData.
const ACCESS_OK = { data: true, error: '' };
const INCORRECT_AUTHENTICATION = { error: 'Incorrect authentication', code: 401 };
const INVALID_INPUT = { error: 'Invalid input data', code: 400 };

// Payment methods (PaymentMethodsResponseMethod; entry shape as the documented fields, names as
// Przelewy24 lists them), and BasicResponse for a currency without methods.
const method = (id: number, name: string, group: string, status = true) => ({
  name,
  id,
  group,
  subgroup: group,
  status,
  imgUrl: `https://static.przelewy24.pl/payment-form-logo/svg/${id}`,
  mobileImgUrl: `https://static.przelewy24.pl/payment-form-logo/svg/mobile/${id}`,
  mobile: true,
  availabilityHours: { mondayToFriday: '00-24', saturday: '00-24', sunday: '00-24' },
});
const PLN_METHODS = {
  data: [
    method(25, 'mTransfer', 'FastTransfers'),
    method(154, 'BLIK', 'Blik'),
    method(218, 'Karta płatnicza', 'Credit Card'),
    method(238, 'Google Pay', 'Wallet'),
    method(239, 'Apple Pay', 'Wallet'),
    method(178, 'Przelew tradycyjny', 'TraditionalTransfer', false),
  ],
  agreements: [],
  responseCode: 0,
};
const EUR_METHODS = {
  data: [method(218, 'Karta płatnicza', 'Credit Card')],
  agreements: [],
  responseCode: 0,
};
const NOT_FOUND = { data: ['Payment methods not found'], responseCode: 404 };
const DISCOVERED = {
  paymentMethods: [
    { method: 'przelewy24', currencies: ['PLN'] },
    { method: 'payment_card', currencies: ['PLN', 'EUR'] },
    { method: 'googlepay', currencies: ['PLN'] },
    { method: 'applepay', currencies: ['PLN'] },
  ],
};
const METHODS_BY_CURRENCY = (request: RecordedRequest) =>
  request.path === '/api/v1/testAccess'
    ? { status: 200, body: ACCESS_OK }
    : { status: 200, body: request.query.currency === 'EUR' ? EUR_METHODS : PLN_METHODS };

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: CREDENTIALS },
      { environment: 'live', credentials: { ...CREDENTIALS, posId: '999998', crc: 'c1d2e3f4a5b6c7d8' } },
    ],
    invalid: [
      { credentials: { ...CREDENTIALS, merchantId: 'M999999' }, field: 'merchantId', because: 'not digits' },
      { credentials: { ...CREDENTIALS, posId: 'shop-1' }, field: 'posId', because: 'not digits' },
      { credentials: { merchantId: '999999' }, field: 'apiKey', because: 'missing' },
      { credentials: { ...CREDENTIALS, secretId: 'x' }, field: 'secretId', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: { status: 200, body: ACCESS_OK },
    account: { id: '999999', livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: { status: 401, body: INCORRECT_AUTHENTICATION },
  },
  // Sandbox and production ids and keys carry no mark of their environment.
  discover: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: METHODS_BY_CURRENCY,
    expected: DISCOVERED,
  },
});

describe('Przelewy24 verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('calls GET /api/v1/testAccess with the merchant ID and API key as Basic credentials', async () => {
    mock.on('GET', '/api/v1/testAccess', { status: 200, body: ACCESS_OK });
    expect(await mock.verify(CREDENTIALS)).toEqual({ ok: true, account: { id: '999999', livemode: false } });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/api/v1/testAccess',
      query: {},
      body: '',
      headers: { authorization: basic('999999', CREDENTIALS.apiKey) },
    });
  });

  it('uses the shop ID as the username when one is given, and never sends the CRC key', async () => {
    mock.on('GET', '/api/v1/testAccess', { status: 200, body: ACCESS_OK });
    const credentials = { ...CREDENTIALS, posId: '999998', crc: 'c1d2e3f4a5b6c7d8' };
    expect(await mock.verify(credentials, 'live')).toEqual({
      ok: true,
      account: { id: '999999', posId: '999998', livemode: true },
    });
    const [request] = mock.requests;
    expect(request!.headers.authorization).toBe(basic('999998', CREDENTIALS.apiKey));
    expect(JSON.stringify(request)).not.toContain('c1d2e3f4a5b6c7d8');
  });

  it('reports "Incorrect authentication" (401) as invalid credentials on the ID and key', async () => {
    mock.on('GET', '/api/v1/testAccess', { status: 401, body: INCORRECT_AUTHENTICATION });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['merchantId', 'apiKey'],
      retryable: false,
    });
    expect(await mock.verify({ ...CREDENTIALS, posId: '999998' })).toMatchObject({
      fields: ['posId', 'apiKey'],
    });
  });

  it('reports "Invalid input data" (400) as unavailable, not as bad credentials', async () => {
    mock.on('GET', '/api/v1/testAccess', { status: 400, body: INVALID_INPUT });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ ok: false, reason: 'provider_unavailable' });
  });

  it('does not trust a 200 without data: true, or a 401 without Przelewy24’s error body', async () => {
    mock.on('GET', '/api/v1/testAccess', { status: 200, body: { data: false, error: '' } });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('GET', '/api/v1/testAccess', { status: 401, body: '<html>401 Authorization Required</html>' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('GET', '/api/v1/testAccess', { status: 429, body: '' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });
});

describe('Przelewy24 discover, per documented response', () => {
  const mock = useMockProvider(connector);
  const discover = () => mock.discover(CREDENTIALS);

  it('lists the active methods once per currency and maps their groups', async () => {
    mock.fallback(METHODS_BY_CURRENCY);
    expect(await discover()).toEqual({ ok: true, discovered: DISCOVERED });
    expect(mock.requests.map((r) => [r.method, r.path, r.query])).toEqual([
      ['GET', '/api/v1/payment/methods/en', { currency: 'PLN' }],
      ['GET', '/api/v1/payment/methods/en', { currency: 'EUR' }],
    ]);
    for (const request of mock.requests) {
      expect(request.headers.authorization).toBe(basic('999999', CREDENTIALS.apiKey));
    }
  });

  it('reads "Payment methods not found" (404) as no methods in that currency', async () => {
    mock.fallback((r) => ({
      status: r.query.currency === 'EUR' ? 404 : 200,
      body: r.query.currency === 'EUR' ? NOT_FOUND : EUR_METHODS,
    }));
    expect(await discover()).toEqual({
      ok: true,
      discovered: { paymentMethods: [{ method: 'payment_card', currencies: ['PLN'] }] },
    });
    mock.fallback({ status: 404, body: NOT_FOUND });
    expect(await discover()).toEqual({ ok: true, discovered: { paymentMethods: [] } });
  });

  it('reports a refused key (403 "Not authorized") as invalid credentials', async () => {
    mock.fallback({ status: 403, body: INCORRECT_AUTHENTICATION });
    expect(await discover()).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['merchantId', 'apiKey'],
    });
  });

  it('does not take a 404 without Przelewy24’s body as "no methods"', async () => {
    mock.fallback({ status: 404, body: '<html>Not Found</html>' });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable' });
  });
});
