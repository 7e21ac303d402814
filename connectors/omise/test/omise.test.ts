import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// Made-up keys in Omise's documented formats (docs.omise.co/api-authentication).
const TEST_KEY = 'skey_test_5xuy4w91xqz7d1w9u0t';
const LIVE_KEY = 'skey_5xuy4w91xqz7d1w9u0t';
const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

// The account object as documented for GET /account (docs.omise.co/account-api, example response).
const TEST_ACCOUNT = {
  object: 'account',
  id: 'account_test_no1t4tnemucod0e51mo',
  team: 'acct_no1t4tnemucod0e51mo',
  livemode: false,
  location: '/account',
  country: 'TH',
  currency: 'THB',
  email: 'somchai.prasert@example.com',
  created_at: '2019-12-31T12:59:59Z',
  supported_currencies: ['THB', 'JPY', 'USD', 'EUR', 'GBP', 'SGD', 'AUD', 'CHF', 'CNY', 'DKK', 'HKD', 'MYR'],
  api_version: '2019-05-29',
  auto_activate_recipients: true,
  chain_enabled: false,
  zero_interest_installments: false,
  chain_return_uri: null,
  webhook_uri: null,
  metadata_export_keys: {},
};
const LIVE_ACCOUNT = { ...TEST_ACCOUNT, id: 'account_no1t4tnemucod0e51mo', livemode: true };

// The error object's documented example (docs.omise.co/errors-api): a key Omise does not accept.
const AUTHENTICATION_FAILURE = {
  object: 'error',
  location: 'https://www.omise.co/api-errors#authentication-failure',
  code: 'authentication_failure',
  message: 'authentication failed',
};

// The capability object as in Omise's official Go SDK test data
// (omise/omise-go testdata/fixtures/api.omise.co/capability-get.json), shortened to its methods.
const CAPABILITY = {
  object: 'capability',
  location: '/capability',
  banks: ['bbl', 'kbank', 'scb'],
  payment_methods: [
    {
      object: 'payment_method',
      name: 'card',
      currencies: ['THB', 'JPY', 'MYR'],
      card_brands: ['JCB', 'MasterCard', 'Visa'],
      installment_terms: null,
      banks: [],
    },
    {
      object: 'payment_method',
      name: 'installment_bay',
      currencies: ['THB'],
      card_brands: null,
      installment_terms: [3, 4, 6, 10],
      banks: [],
    },
    {
      object: 'payment_method',
      name: 'fpx',
      currencies: ['THB', 'MYR'],
      card_brands: null,
      installment_terms: null,
      banks: [],
    },
    {
      object: 'payment_method',
      name: 'truemoney',
      currencies: ['THB'],
      card_brands: null,
      installment_terms: null,
      banks: [],
    },
  ],
  country: 'TH',
  zero_interest_installments: false,
};
const CAPABILITY_METHODS = {
  paymentMethods: [{ method: 'payment_card', currencies: ['JPY', 'MYR', 'THB'] }],
};

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
      { environment: 'live', credentials: { secretKey: LIVE_KEY } },
    ],
    invalid: [
      {
        credentials: { secretKey: 'pkey_test_5xp6c8ltm5wb5o45cls' },
        field: 'secretKey',
        because: 'a public key',
      },
      { credentials: { secretKey: 'skey_' }, field: 'secretKey', because: 'only the prefix' },
      { credentials: {}, field: 'secretKey', because: 'missing' },
      {
        credentials: { secretKey: TEST_KEY, publicKey: 'pkey_test_1' },
        field: 'publicKey',
        because: 'unknown field',
      },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
    respond: { status: 200, body: TEST_ACCOUNT },
    account: { id: TEST_ACCOUNT.id, livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
    respond: { status: 401, body: AUTHENTICATION_FAILURE },
  },
  wrongEnvironment: { environment: 'sandbox', credentials: { secretKey: LIVE_KEY } },
  discover: {
    input: { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
    respond: { status: 200, body: CAPABILITY },
    expected: CAPABILITY_METHODS,
  },
});

describe('Omise verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('reads GET /account with the key as the Basic username and reports the account', async () => {
    mock.on('GET', '/account', { status: 200, body: TEST_ACCOUNT });
    expect(await mock.verify({ secretKey: TEST_KEY })).toEqual({
      ok: true,
      account: {
        id: 'account_test_no1t4tnemucod0e51mo',
        email: 'somchai.prasert@example.com',
        country: 'TH',
        defaultCurrency: 'THB',
        currencies: TEST_ACCOUNT.supported_currencies,
        livemode: false,
      },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/account',
      query: {},
      body: '',
      headers: { authorization: basic(TEST_KEY), 'omise-version': '2019-05-29' },
    });
  });

  it('accepts a live key in the live environment', async () => {
    mock.on('GET', '/account', { status: 200, body: LIVE_ACCOUNT });
    expect(await mock.verify({ secretKey: LIVE_KEY }, 'live')).toMatchObject({
      ok: true,
      account: { id: LIVE_ACCOUNT.id, livemode: true },
    });
  });

  it('refuses a test key in live before sending anything', async () => {
    expect(await mock.verify({ secretKey: TEST_KEY }, 'live')).toMatchObject({
      ok: false,
      reason: 'wrong_environment',
      fields: ['secretKey'],
      retryable: false,
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('treats an account whose livemode disagrees with the environment as the wrong environment', async () => {
    mock.on('GET', '/account', { status: 200, body: LIVE_ACCOUNT });
    expect(await mock.verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'wrong_environment',
    });
  });

  it('reports authentication_failure (401) as invalid credentials', async () => {
    mock.on('GET', '/account', { status: 401, body: AUTHENTICATION_FAILURE });
    expect(await mock.verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['secretKey'],
      retryable: false,
    });
  });

  it('reports rate limiting (429) and undocumented answers as retryable', async () => {
    mock.on('GET', '/account', {
      status: 429,
      body: { object: 'error', code: 'too_many_requests', message: 'too many requests' },
    });
    expect(await mock.verify({ secretKey: TEST_KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.on('GET', '/account', { status: 401, body: '<html>Unauthorized</html>' });
    expect(await mock.verify({ secretKey: TEST_KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('does not trust a 200 that is not an account', async () => {
    mock.on('GET', '/account', { status: 200, body: { object: 'list', data: [] } });
    expect(await mock.verify({ secretKey: TEST_KEY })).toMatchObject({ reason: 'provider_unavailable' });
  });
});

describe('Omise discover, per documented response', () => {
  const mock = useMockProvider(connector);
  const discover = () => mock.discover({ secretKey: TEST_KEY });

  it('reads GET /capability and keeps the methods the vocabulary has', async () => {
    mock.on('GET', '/capability', { status: 200, body: CAPABILITY });
    expect(await discover()).toEqual({ ok: true, discovered: CAPABILITY_METHODS });
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/capability',
      headers: { authorization: basic(TEST_KEY), 'omise-version': '2019-05-29' },
    });
  });

  it('maps Alipay, WeChat Pay and Thai internet banking, merging Alipay’s two source types', async () => {
    const method = (name: string, currencies: string[]) => ({ object: 'payment_method', name, currencies });
    mock.on('GET', '/capability', {
      status: 200,
      body: {
        ...CAPABILITY,
        payment_methods: [
          method('alipay', ['THB']),
          method('alipay_cn', ['THB', 'SGD']),
          method('wechat_pay', ['THB']),
          method('internet_banking_bay', ['THB']),
          method('internet_banking_bbl', ['THB']),
          method('promptpay', ['THB']),
        ],
      },
    });
    expect(await discover()).toEqual({
      ok: true,
      discovered: {
        paymentMethods: [
          { method: 'alipay', currencies: ['SGD', 'THB'] },
          { method: 'wechat', currencies: ['THB'] },
          { method: 'krungsrinetbanking', currencies: ['THB'] },
          { method: 'bangkokbanknetbanking', currencies: ['THB'] },
        ],
      },
    });
  });

  it('reports an account with nothing enabled as no methods', async () => {
    mock.on('GET', '/capability', { status: 200, body: { ...CAPABILITY, payment_methods: [] } });
    expect(await discover()).toEqual({ ok: true, discovered: { paymentMethods: [] } });
  });

  it('reports a refused key, or an answer that is not a capability object, as a failure', async () => {
    mock.on('GET', '/capability', { status: 401, body: AUTHENTICATION_FAILURE });
    expect(await discover()).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['secretKey'],
    });
    mock.on('GET', '/capability', { status: 200, body: { object: 'error' } });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
