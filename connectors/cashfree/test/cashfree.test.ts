import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const TEST_APP_ID = 'TEST1234567890abcdef1234567890abcdef';
const PROD_APP_ID = '1234567890abcdef1234567890abcdef';
const TEST_SECRET = 'cfsk_ma_test_0123456789abcdef0123456789abcdef_89abcdef';
const PROD_SECRET = 'cfsk_ma_prod_0123456789abcdef0123456789abcdef_89abcdef';
// A Production secret issued before the cfsk_ma_ prefix: it names no environment (older Test
// secrets are the same with TEST in front).
const OLDER_SECRET = '0123456789abcdef0123456789abcdef01234567';
const sandbox = {
  environment: 'sandbox' as const,
  credentials: { appId: TEST_APP_ID, secretKey: TEST_SECRET },
};
const live = { environment: 'live' as const, credentials: { appId: PROD_APP_ID, secretKey: PROD_SECRET } };

// Error bodies as Cashfree's OpenAPI document gives them (github.com/cashfree/cashfree-pg,
// api/openapi.yaml at 628e913): the `ApiError404` envelope with the document's own "order not
// found" example, and the examples of `AuthenticationError`, `RateLimitError` and `ApiError`.
const NOT_FOUND = { message: 'Order not found', code: 'order_not_found', type: 'invalid_request_error' };
const AUTHENTICATION_ERROR = {
  message: 'authentication Failed',
  code: 'request_failed',
  type: 'authentication_error',
};
const RATE_LIMIT_ERROR = {
  message: 'Too many requests from IP. Check headers',
  code: 'request_failed',
  type: 'rate_limit_error',
};
const API_ERROR = { message: 'internal Server Error', code: 'internal_error', type: 'api_error' };

// The 200 of POST /eligibility/payment_methods as documented ("Get eligible Payment Methods").
const ELIGIBLE_NETBANKING = [
  {
    eligibility: true,
    entity_type: 'payment_methods',
    entity_value: 'netbanking',
    entity_details: {
      payment_method_details: [
        { nick: 'motak_kahindra_bank', display: 'Motak Kahindra Bank', eligibility: true, code: 3032 },
        { nick: 'bank_of_india', display: 'Bank Of India', eligibility: true, code: 3031 },
      ],
    },
  },
];

const PROBE_PATH = /^\/pg\/orders\/paycore-credential-check-[0-9a-f]{16}$/;

describeConnector(connector, {
  credentials: {
    valid: [
      sandbox,
      live,
      { environment: 'live', credentials: { appId: PROD_APP_ID, secretKey: OLDER_SECRET } },
      { environment: 'sandbox', credentials: { appId: TEST_APP_ID, secretKey: `TEST${OLDER_SECRET}` } },
    ],
    invalid: [
      { credentials: { appId: TEST_APP_ID }, field: 'secretKey', because: 'missing' },
      { credentials: { secretKey: TEST_SECRET }, field: 'appId', because: 'missing' },
      { credentials: { appId: 'TEST-1234-5678', secretKey: TEST_SECRET }, field: 'appId', because: 'dashes' },
      {
        credentials: { appId: TEST_APP_ID, secretKey: ` ${TEST_SECRET}` },
        field: 'secretKey',
        because: 'a leading space',
      },
      {
        credentials: { appId: TEST_APP_ID, secretKey: 'cfsk_ma_live_0123456789abcdef01' },
        field: 'secretKey',
        because: 'an unknown cfsk_ma_ mode',
      },
    ],
  },
  valid: { input: sandbox, respond: { status: 404, body: NOT_FOUND }, account: { livemode: false } },
  invalid: { input: sandbox, respond: { status: 401, body: AUTHENTICATION_ERROR } },
  wrongEnvironment: { environment: 'live', credentials: { appId: TEST_APP_ID, secretKey: TEST_SECRET } },
  discover: {
    input: sandbox,
    respond: { status: 200, body: ELIGIBLE_NETBANKING },
    expected: { paymentMethods: [{ method: 'net_banking' }], payoutMethods: [] },
  },
});

describe('Cashfree verify, per documented response', () => {
  // The probe's order id is random, so every answer is the mock's fallback.
  const mock = useMockProvider(connector);

  it('sends GET /pg/orders/{an id that cannot exist} with the App ID, Secret Key and API version headers', async () => {
    mock.fallback({ status: 404, body: NOT_FOUND });
    expect(await mock.verify(sandbox.credentials)).toEqual({ ok: true, account: { livemode: false } });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toMatch(PROBE_PATH);
    expect(request?.body).toBe('');
    expect(request?.headers).toMatchObject({
      'x-client-id': TEST_APP_ID,
      'x-client-secret': TEST_SECRET,
      'x-api-version': '2026-01-01',
      accept: 'application/json',
    });
  });

  it('asks about a new id every time, so no merchant order can ever match it', async () => {
    mock.fallback({ status: 404, body: NOT_FOUND });
    await mock.verify(sandbox.credentials);
    await mock.verify(sandbox.credentials);
    const [first, second] = mock.requests;
    expect(first?.path).not.toBe(second?.path);
  });

  it('accepts production keys in live, and an older secret without the cfsk_ma_ prefix', async () => {
    mock.fallback({ status: 404, body: NOT_FOUND });
    expect(await mock.verify(live.credentials, 'live')).toEqual({ ok: true, account: { livemode: true } });
    expect(await mock.verify({ appId: PROD_APP_ID, secretKey: OLDER_SECRET }, 'live')).toEqual({
      ok: true,
      account: { livemode: true },
    });
  });

  it('counts a 400 only with the documented order_not_found code, as Cashfree’s SDK tests allow', async () => {
    mock.fallback({ status: 400, body: NOT_FOUND });
    expect(await mock.verify(sandbox.credentials)).toEqual({ ok: true, account: { livemode: false } });
    mock.fallback({
      status: 400,
      body: {
        message: 'bad URL, please check API documentation',
        code: 'request_failed',
        type: 'invalid_request_error',
      },
    });
    expect(await mock.verify(sandbox.credentials)).toEqual({
      ok: false,
      reason: 'provider_unavailable',
      message:
        'Cashfree gave an unexpected answer (HTTP 400: “bad URL, please check API documentation”); try again later',
      retryable: true,
    });
  });

  it('refuses a Test App ID in live before sending anything', async () => {
    expect(await mock.verify({ appId: TEST_APP_ID, secretKey: OLDER_SECRET }, 'live')).toEqual({
      ok: false,
      reason: 'wrong_environment',
      message:
        "This App ID belongs to Cashfree's Test environment; the live environment needs the keys of the Production environment (Payment Gateway → Developers → API Keys)",
      fields: ['appId'],
      retryable: false,
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('refuses a production App ID in sandbox, and a secret of the other environment, before sending anything', async () => {
    expect(await mock.verify({ appId: PROD_APP_ID, secretKey: OLDER_SECRET })).toMatchObject({
      reason: 'wrong_environment',
      fields: ['appId'],
    });
    expect(await mock.verify({ appId: TEST_APP_ID, secretKey: PROD_SECRET })).toEqual({
      ok: false,
      reason: 'wrong_environment',
      message:
        "This Secret Key belongs to Cashfree's Production environment; the sandbox environment needs the keys of the Test environment (Payment Gateway → Developers → API Keys)",
      fields: ['secretKey'],
      retryable: false,
    });
    expect(await mock.verify({ appId: PROD_APP_ID, secretKey: TEST_SECRET }, 'live')).toMatchObject({
      reason: 'wrong_environment',
      fields: ['secretKey'],
    });
    expect(await mock.verify({ appId: PROD_APP_ID, secretKey: `TEST${OLDER_SECRET}` }, 'live')).toMatchObject(
      {
        reason: 'wrong_environment',
        fields: ['secretKey'],
      },
    );
    expect(mock.requests).toHaveLength(0);
  });

  it('reports the documented 401 authentication_error as both keys invalid, quoting Cashfree', async () => {
    mock.fallback({ status: 401, body: AUTHENTICATION_ERROR });
    expect(await mock.verify(sandbox.credentials)).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Cashfree refused the App ID and Secret Key (“authentication Failed”). Copy both again from Payment Gateway → Developers → API Keys in the Test environment; keys of Payouts or Secure ID are separate and do not work here',
      fields: ['appId', 'secretKey'],
      retryable: false,
    });
  });

  it('reports a 401 without a body as invalid credentials too', async () => {
    mock.fallback({ status: 401 });
    expect(await mock.verify(live.credentials, 'live')).toMatchObject({
      reason: 'invalid_credentials',
      fields: ['appId', 'secretKey'],
      retryable: false,
    });
  });

  it('reports the documented 429 rate_limit_error as retryable, with Cashfree’s wait', async () => {
    mock.fallback({ status: 429, body: RATE_LIMIT_ERROR, headers: { 'x-ratelimit-retry': '4' } });
    expect(await mock.verify(sandbox.credentials)).toEqual({
      ok: false,
      reason: 'provider_unavailable',
      message:
        'Cashfree is rate-limiting requests (“Too many requests from IP. Check headers”); try again in 4 s',
      retryable: true,
    });
  });

  it('reports the documented 500 api_error as retryable', async () => {
    mock.fallback({ status: 500, body: API_ERROR });
    expect(await mock.verify(sandbox.credentials)).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('does not trust a 404 without Cashfree’s envelope (a proxy’s page) or a 200 that is not the probed order', async () => {
    mock.fallback({ status: 404, body: '<html>Not Found</html>' });
    expect(await mock.verify(sandbox.credentials)).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.fallback({ status: 404, body: { message: 'no route', code: 'not_found', type: 'api_error' } });
    expect(await mock.verify(sandbox.credentials)).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.fallback({ status: 200, body: '<html>captive portal</html>' });
    expect(await mock.verify(sandbox.credentials)).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.fallback({ status: 200, body: { entity: 'order', order_id: 'someone-elses-order' } });
    expect(await mock.verify(sandbox.credentials)).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('accepts a 200 only when it is the very order asked about', async () => {
    mock.fallback((request) => ({
      status: 200,
      body: { entity: 'order', order_id: request.path.split('/').pop(), order_status: 'ACTIVE' },
    }));
    expect(await mock.verify(sandbox.credentials)).toEqual({ ok: true, account: { livemode: false } });
  });
});

describe('Cashfree discover, per documented response', () => {
  const mock = useMockProvider(connector);
  const discover = () => mock.discover(sandbox.credentials);

  it('asks POST /pg/eligibility/payment_methods the documented all-methods question, with the device headers', async () => {
    mock.on('POST', '/pg/eligibility/payment_methods', { status: 200, body: ELIGIBLE_NETBANKING });
    expect(await discover()).toEqual({
      ok: true,
      discovered: { paymentMethods: [{ method: 'net_banking' }], payoutMethods: [] },
    });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request?.json).toEqual({ queries: { amount: 100 } });
    expect(request?.headers).toMatchObject({
      'x-client-id': TEST_APP_ID,
      'x-client-secret': TEST_SECRET,
      'x-api-version': '2026-01-01',
      'content-type': 'application/json',
      'x-client-device': 'desktop',
      'x-client-os': 'others',
      'x-client-browser': 'others',
    });
  });

  it('maps every eligible group that has a code, and MobiKwik among the wallets', async () => {
    const group = (value: string, eligibility = true, details: unknown[] = []) => ({
      eligibility,
      entity_type: 'payment_methods',
      entity_value: value,
      entity_details: { payment_method_details: details },
    });
    mock.on('POST', '/pg/eligibility/payment_methods', {
      status: 200,
      body: [
        group('upi'),
        group('debit_card'),
        group('credit_card'),
        group('wallet', true, [
          { nick: 'phonepe', display: 'PhonePe', eligibility: true, code: 4007 },
          { nick: 'mobikwik', display: 'MobiKwik', eligibility: true, code: 4001 },
        ]),
        group('paylater'),
        group('cardless_emi'),
        group('credit_card_emi'),
        group('banktransfer'),
        group('paypal', false),
      ],
    });
    expect(await discover()).toEqual({
      ok: true,
      discovered: {
        paymentMethods: [
          { method: 'upi' },
          { method: 'payment_card' },
          { method: 'mobikwik' },
          { method: 'bank_transfer' },
        ],
        payoutMethods: [],
      },
    });
  });

  it('leaves out an ineligible wallet, and wallets of an ineligible group', async () => {
    const wallets = (eligibility: boolean, mobikwik: boolean) => ({
      eligibility,
      entity_type: 'payment_methods',
      entity_value: 'wallet',
      entity_details: { payment_method_details: [{ nick: 'mobikwik', eligibility: mobikwik, code: 4001 }] },
    });
    mock.on('POST', '/pg/eligibility/payment_methods', { status: 200, body: [wallets(true, false)] });
    expect(await discover()).toEqual({ ok: true, discovered: { paymentMethods: [], payoutMethods: [] } });
    mock.on('POST', '/pg/eligibility/payment_methods', { status: 200, body: [wallets(false, true)] });
    expect(await discover()).toEqual({ ok: true, discovered: { paymentMethods: [], payoutMethods: [] } });
  });

  it('reports an account with nothing eligible as no methods', async () => {
    mock.on('POST', '/pg/eligibility/payment_methods', { status: 200, body: [] });
    expect(await discover()).toEqual({ ok: true, discovered: { paymentMethods: [], payoutMethods: [] } });
  });

  it('reports the documented 401 as invalid credentials', async () => {
    mock.on('POST', '/pg/eligibility/payment_methods', { status: 401, body: AUTHENTICATION_ERROR });
    expect(await discover()).toMatchObject({ ok: false, reason: 'invalid_credentials', retryable: false });
  });

  it('reports a feature_not_enabled answer as a missing permission', async () => {
    mock.on('POST', '/pg/eligibility/payment_methods', {
      status: 403,
      body: {
        message: 'feature not enabled for merchant',
        code: 'request_failed',
        type: 'feature_not_enabled',
      },
    });
    expect(await discover()).toEqual({
      ok: false,
      reason: 'insufficient_permissions',
      message:
        'Cashfree has not enabled this feature for the account (“feature not enabled for merchant”); ask Cashfree support to enable it',
      retryable: false,
    });
  });

  it('reports rate limiting, server errors and a 200 that is not a list as retryable', async () => {
    mock.on('POST', '/pg/eligibility/payment_methods', { status: 429, body: RATE_LIMIT_ERROR });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/pg/eligibility/payment_methods', { status: 500, body: API_ERROR });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/pg/eligibility/payment_methods', { status: 200, body: { message: 'ok' } });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
