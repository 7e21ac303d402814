import { runVerify } from '@paycore/core';
import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const TEST_KEY = 'sk_test_3b1e9d0a6f0c44d5a1c2e7f8b9d0c1a2b3c4d5e6';
const LIVE_KEY = 'sk_live_3b1e9d0a6f0c44d5a1c2e7f8b9d0c1a2b3c4d5e6';
const TEST_PUBLIC = 'pk_test_0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d';
const LIVE_PUBLIC = 'pk_live_0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d';

// 200 of GET /balance ("Fetch Balance"): Paystack's envelope with BalanceCheckResponse data.
const BALANCES = { status: true, message: 'Balances retrieved', data: [{ currency: 'NGN', balance: 0 }] };
// 401: the Unauthorized example of Paystack's OpenAPI document (components.responses.Unauthorized).
const INVALID_KEY = { status: false, message: 'Invalid key' };

const sandbox = { environment: 'sandbox' as const, credentials: { secretKey: TEST_KEY } };
// The one request both hooks send: Fetch Balance with the secret key as a Bearer token.
const BALANCE_REQUEST = {
  method: 'GET',
  path: '/balance',
  query: {},
  body: '',
  headers: { authorization: `Bearer ${TEST_KEY}`, accept: 'application/json' },
};

// What discover makes of an integration holding naira only: the manifest's services in NGN.
const NAIRA_METHODS = {
  paymentMethods: [
    { method: 'payment_card', currencies: ['NGN'] },
    { method: 'bank_transfer', currencies: ['NGN'] },
    { method: 'ussd', currencies: ['NGN'] },
    { method: 'applepay', currencies: ['NGN'] },
  ],
  payoutMethods: [{ method: 'bank_transfer', currencies: ['NGN'] }],
};

describeConnector(connector, {
  credentials: {
    valid: [
      sandbox,
      { environment: 'live', credentials: { secretKey: LIVE_KEY, publicKey: LIVE_PUBLIC } },
      // The sample key of Paystack's authentication guide.
      { environment: 'sandbox', credentials: { secretKey: 'sk_test_r3m3mb3r2pu70nasm1l3' } },
    ],
    invalid: [
      { credentials: { secretKey: TEST_PUBLIC }, field: 'secretKey', because: 'a public key' },
      { credentials: { secretKey: 'sk_test_' }, field: 'secretKey', because: 'no key after the prefix' },
      {
        credentials: { secretKey: 'sk_3b1e9d0a6f0c44d5a1c2' },
        field: 'secretKey',
        because: 'no test/live mark',
      },
      { credentials: {}, field: 'secretKey', because: 'missing' },
      {
        credentials: { secretKey: TEST_KEY, publicKey: TEST_KEY },
        field: 'publicKey',
        because: 'a secret key',
      },
    ],
  },
  valid: { input: sandbox, respond: { status: 200, body: BALANCES }, account: { livemode: false } },
  invalid: { input: sandbox, respond: { status: 401, body: INVALID_KEY } },
  wrongEnvironment: { environment: 'live', credentials: { secretKey: TEST_KEY } },
  discover: { input: sandbox, respond: { status: 200, body: BALANCES }, expected: NAIRA_METHODS },
});

describe('Paystack verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (credentials: Record<string, string>, environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials },
      { egressOverrides: mock.overridesFor(['api.paystack.co']) },
    );

  it('sends GET /balance with the secret key as a Bearer token', async () => {
    mock.on('GET', '/balance', { status: 200, body: BALANCES });
    expect(await verify({ secretKey: TEST_KEY })).toEqual({
      ok: true,
      account: { livemode: false, currencies: ['NGN'] },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject(BALANCE_REQUEST);
  });

  it('accepts a live key in live and lists every balance currency', async () => {
    mock.on('GET', '/balance', {
      status: 200,
      body: {
        ...BALANCES,
        data: [
          { currency: 'NGN', balance: 1250000 },
          { currency: 'USD', balance: 0 },
        ],
      },
    });
    expect(await verify({ secretKey: LIVE_KEY, publicKey: LIVE_PUBLIC }, 'live')).toEqual({
      ok: true,
      account: { livemode: true, currencies: ['NGN', 'USD'] },
    });
  });

  it('refuses a key of the other mode before sending anything', async () => {
    expect(await verify({ secretKey: LIVE_KEY })).toEqual({
      ok: false,
      reason: 'wrong_environment',
      message: 'This is a live secret key; use the test secret key (sk_test_…) for the sandbox environment',
      fields: ['secretKey'],
      retryable: false,
    });
    expect(await verify({ secretKey: TEST_KEY, publicKey: LIVE_PUBLIC })).toMatchObject({
      reason: 'wrong_environment',
      fields: ['publicKey'],
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('reports "Invalid key" (401) as invalid credentials', async () => {
    mock.on('GET', '/balance', { status: 401, body: INVALID_KEY });
    expect(await verify({ secretKey: TEST_KEY })).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Paystack refused the secret key (Invalid key). Copy the test secret key again from Settings → API Keys & Webhooks; keys stop working when they are reset',
      fields: ['secretKey'],
      retryable: false,
    });
  });

  it('reports a 401 without a body as invalid credentials too', async () => {
    mock.on('GET', '/balance', { status: 401 });
    expect(await verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['secretKey'],
    });
  });

  it('treats the documented 404 "Entity not found" as unexpected, not as a bad key', async () => {
    mock.on('GET', '/balance', { status: 404, body: { status: false, message: 'Entity not found' } });
    expect(await verify({ secretKey: TEST_KEY })).toEqual({
      ok: false,
      reason: 'provider_unavailable',
      message: 'Paystack gave an unexpected answer (HTTP 404); try again later',
      retryable: true,
    });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('GET', '/balance', {
      status: 429,
      body: { status: false, message: 'Please wait a few minutes and try again.' },
    });
    expect(await verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('does not trust a 200 whose envelope says status false', async () => {
    mock.on('GET', '/balance', { status: 200, body: { status: false, message: 'Invalid key' } });
    expect(await verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });
});

describe('Paystack discover, per documented response', () => {
  const mock = useMockProvider(connector);
  const discover = () => mock.discover({ secretKey: TEST_KEY });
  const balances = (...currencies: string[]) => ({
    status: 200,
    body: { ...BALANCES, data: currencies.map((currency) => ({ currency, balance: 0 })) },
  });

  it('reads GET /balance with the secret key and keeps the methods of the currencies held', async () => {
    mock.on('GET', '/balance', balances('NGN', 'USD'));
    expect(await discover()).toEqual({
      ok: true,
      discovered: {
        ...NAIRA_METHODS,
        paymentMethods: [
          { method: 'payment_card', currencies: ['NGN', 'USD'] },
          ...NAIRA_METHODS.paymentMethods.slice(1),
        ],
      },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject(BALANCE_REQUEST);
  });

  it('reports a cedi integration with cards, Apple Pay, and transfers to banks and mobile money', async () => {
    mock.on('GET', '/balance', balances('GHS'));
    expect(await discover()).toEqual({
      ok: true,
      discovered: {
        paymentMethods: [
          { method: 'payment_card', currencies: ['GHS'] },
          { method: 'applepay', currencies: ['GHS'] },
        ],
        payoutMethods: [
          { method: 'bank_transfer', currencies: ['GHS'] },
          { method: 'mobile', currencies: ['GHS'] },
        ],
      },
    });
  });

  it('reports an integration that holds no currency as no methods', async () => {
    mock.on('GET', '/balance', balances());
    expect(await discover()).toEqual({ ok: true, discovered: { paymentMethods: [], payoutMethods: [] } });
  });

  it('reports "Invalid key" (401) as invalid credentials', async () => {
    mock.on('GET', '/balance', { status: 401, body: INVALID_KEY });
    expect(await discover()).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['secretKey'],
      retryable: false,
    });
  });

  it('reports rate limiting, server errors and a status-false envelope as retryable', async () => {
    mock.on('GET', '/balance', {
      status: 429,
      body: { status: false, message: 'Please wait a few minutes and try again.' },
    });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/balance', { status: 500, body: { status: false, message: 'Server error' } });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/balance', { status: 200, body: { status: false, message: 'Invalid key' } });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
