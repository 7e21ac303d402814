import { readFileSync } from 'node:fs';
import { runVerify } from '@paycore/core';
import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const TEST_KEY_ID = 'rzp_test_1DP5mmOlF5G5ag';
const LIVE_KEY_ID = 'rzp_live_1DP5mmOlF5G5ag';
const KEY_SECRET = 'q7ZkP2xW9mB4nR6tY1vC3sD8';
const sandbox = {
  environment: 'sandbox' as const,
  credentials: { keyId: TEST_KEY_ID, keySecret: KEY_SECRET },
};

// 200 of GET /v1/payments?count=1 for an account without payments.
const EMPTY = { entity: 'collection', count: 0, items: [] };

// The two documented 401 bodies ("The API {key/secret} provided is invalid", Fetch All Payments → Errors).
const envelope = (description: string) => ({
  error: { code: 'BAD_REQUEST_ERROR', description, source: 'NA', step: 'NA', reason: 'NA', metadata: {} },
});
const INVALID_KEY_ID = envelope('The api key provided is invalid');
const INVALID_SECRET = envelope('The api secret provided is invalid');

// 200 of GET /v1/methods: the Methods API's documented examples (test/fixtures/SOURCE.md).
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const INDIA = fixture('methods-india.json');
const MALAYSIA = fixture('methods-malaysia.json');
// What the India example enables that the vocabulary has codes for: cards with the Diners Club,
// JCB and RuPay networks (Amex is 0), ICICI netbanking (HDFC is not listed), and two of its wallets.
const INDIA_METHODS = {
  paymentMethods: [
    { method: 'payment_card' },
    { method: 'dinersclub' },
    { method: 'jcb' },
    { method: 'rupaypaysecure' },
    { method: 'icicinetbanking' },
    { method: 'mobikwik' },
    { method: 'paypal' },
    { method: 'upi' },
  ],
  payoutMethods: [],
};

describeConnector(connector, {
  credentials: {
    valid: [sandbox, { environment: 'live', credentials: { keyId: LIVE_KEY_ID, keySecret: KEY_SECRET } }],
    invalid: [
      { credentials: { keyId: TEST_KEY_ID }, field: 'keySecret', because: 'missing' },
      { credentials: { keySecret: KEY_SECRET }, field: 'keyId', because: 'missing' },
      {
        credentials: { keyId: '1DP5mmOlF5G5ag', keySecret: KEY_SECRET },
        field: 'keyId',
        because: 'no rzp_test_/rzp_live_ prefix',
      },
      {
        credentials: { keyId: TEST_KEY_ID, keySecret: ` ${KEY_SECRET} ` },
        field: 'keySecret',
        because: 'surrounding spaces',
      },
    ],
  },
  valid: { input: sandbox, respond: { status: 200, body: EMPTY }, account: { livemode: false } },
  invalid: { input: sandbox, respond: { status: 401, body: INVALID_KEY_ID } },
  wrongEnvironment: { environment: 'live', credentials: { keyId: TEST_KEY_ID, keySecret: KEY_SECRET } },
  discover: { input: sandbox, respond: { status: 200, body: INDIA }, expected: INDIA_METHODS },
});

describe('Razorpay verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (keyId: string, environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials: { keyId, keySecret: KEY_SECRET } },
      { egressOverrides: mock.overridesFor(['api.razorpay.com']) },
    );

  it('sends GET /v1/payments?count=1 with exactly "Basic base64(key_id:key_secret)"', async () => {
    mock.on('GET', '/v1/payments', { status: 200, body: EMPTY });
    expect(await verify(TEST_KEY_ID)).toEqual({ ok: true, account: { livemode: false } });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: 'GET',
      path: '/v1/payments',
      query: { count: '1' },
      body: '',
      headers: { accept: 'application/json' },
    });
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${TEST_KEY_ID}:${KEY_SECRET}`).toString('base64')}`,
    );
  });

  it('accepts a live key in live', async () => {
    mock.on('GET', '/v1/payments', {
      status: 200,
      body: { entity: 'collection', count: 1, items: [{ id: 'pay_29QQoUBi66xm2f', entity: 'payment' }] },
    });
    expect(await verify(LIVE_KEY_ID, 'live')).toEqual({ ok: true, account: { livemode: true } });
  });

  it('refuses a test key in live (and a live key in sandbox) before sending anything', async () => {
    expect(await verify(TEST_KEY_ID, 'live')).toEqual({
      ok: false,
      reason: 'wrong_environment',
      message:
        'This is a test mode Key Id; generate the key in Live mode (rzp_live_…) for the live environment',
      fields: ['keyId'],
      retryable: false,
    });
    expect(await verify(LIVE_KEY_ID)).toMatchObject({ reason: 'wrong_environment', fields: ['keyId'] });
    expect(mock.requests).toHaveLength(0);
  });

  it('blames the Key Id for "The api key provided is invalid"', async () => {
    mock.on('GET', '/v1/payments', { status: 401, body: INVALID_KEY_ID });
    expect(await verify(TEST_KEY_ID)).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Razorpay does not know this Key Id (The api key provided is invalid). Copy it again from Account & Settings → API Keys in Test mode; a regenerated key replaces the old one',
      fields: ['keyId'],
      retryable: false,
    });
  });

  it('blames the Key Secret for "The api secret provided is invalid"', async () => {
    mock.on('GET', '/v1/payments', { status: 401, body: INVALID_SECRET });
    expect(await verify(TEST_KEY_ID)).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Razorpay knows the Key Id but refused the Key Secret (The api secret provided is invalid). Use the secret generated together with this Key Id; if it is lost, regenerate the key',
      fields: ['keySecret'],
      retryable: false,
    });
  });

  it('reports any other 401 as both fields invalid', async () => {
    mock.on('GET', '/v1/payments', { status: 401, body: envelope('Authentication failed') });
    expect(await verify(TEST_KEY_ID)).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['keyId', 'keySecret'],
      retryable: false,
    });
  });

  it('explains "Access Denied" (IP whitelist on the account) as a permission problem', async () => {
    // The common-errors page documents the description and its cause, not the status; 403 is assumed.
    mock.on('GET', '/v1/payments', { status: 403, body: envelope('Access Denied') });
    const result = await verify(TEST_KEY_ID);
    expect(result).toMatchObject({ ok: false, reason: 'insufficient_permissions', retryable: false });
    expect(result.ok === false && result.message).toContain('whitelisted IP addresses');
  });

  it('reports rate limiting and server errors as retryable', async () => {
    mock.on('GET', '/v1/payments', { status: 429, body: envelope('Too many requests') });
    expect(await verify(TEST_KEY_ID)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/v1/payments', {
      status: 500,
      body: { error: { code: 'SERVER_ERROR', description: 'The server encountered an error.' } },
    });
    expect(await verify(TEST_KEY_ID)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 200 that is not a collection', async () => {
    mock.on('GET', '/v1/payments', { status: 200, body: '<html>captive portal</html>' });
    expect(await verify(TEST_KEY_ID)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });
});

describe('Razorpay discover, per documented response', () => {
  const mock = useMockProvider(connector);
  const discover = () => mock.discover(sandbox.credentials);

  it('reads GET /v1/methods with the Key Id alone, as Razorpay documents, and maps the methods', async () => {
    mock.on('GET', '/v1/methods', { status: 200, body: INDIA });
    expect(await discover()).toEqual({ ok: true, discovered: INDIA_METHODS });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({ method: 'GET', path: '/v1/methods', query: {}, body: '' });
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from(`${TEST_KEY_ID}:`).toString('base64')}`);
  });

  it('reports only cards for the Malaysian example, whose wallets have no vocabulary code', async () => {
    mock.on('GET', '/v1/methods', { status: 200, body: MALAYSIA });
    expect(await discover()).toEqual({
      ok: true,
      discovered: { paymentMethods: [{ method: 'payment_card' }], payoutMethods: [] },
    });
  });

  it('reports an account with nothing enabled as no methods', async () => {
    mock.on('GET', '/v1/methods', {
      status: 200,
      body: {
        ...MALAYSIA,
        card: false,
        debit_card: false,
        credit_card: false,
        prepaid_card: false,
        wallet: [],
        app: { cred: 0, twid: 0, trustly: 0, poli: 0, sofort: 0, giropay: 0 },
      },
    });
    expect(await discover()).toEqual({ ok: true, discovered: { paymentMethods: [], payoutMethods: [] } });
  });

  it('reads card networks only while cards are on, and the apps, banks, UPI and Google Pay it maps', async () => {
    mock.on('GET', '/v1/methods', {
      status: 200,
      body: {
        entity: 'methods',
        card: false,
        card_networks: { AMEX: 1, RUPAY: 1 },
        netbanking: { HDFC: 'HDFC Bank', SBIN: 'State Bank of India' },
        wallet: { paypal: false, mobikwik: true },
        app: { trustly: 1, sofort: 0, giropay: 1, poli: 1, cred: 1 },
        upi: true,
        google_pay_cards: true,
      },
    });
    expect(await discover()).toEqual({
      ok: true,
      discovered: {
        paymentMethods: [
          { method: 'hdfcbanknetbankingindia' },
          { method: 'mobikwik' },
          { method: 'trustly' },
          { method: 'giropay' },
          { method: 'polipayonline' },
          { method: 'upi' },
          { method: 'googlepay' },
        ],
        payoutMethods: [],
      },
    });
  });

  it('blames the Key Id when Razorpay does not know it', async () => {
    mock.on('GET', '/v1/methods', { status: 401, body: INVALID_KEY_ID });
    expect(await discover()).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['keyId'],
      retryable: false,
    });
  });

  it('reports rate limiting, server errors and a 200 that is not the methods entity as retryable', async () => {
    mock.on('GET', '/v1/methods', { status: 429, body: envelope('Too many requests') });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/v1/methods', {
      status: 500,
      body: { error: { code: 'SERVER_ERROR', description: 'The server encountered an error.' } },
    });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/v1/methods', { status: 200, body: EMPTY });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
