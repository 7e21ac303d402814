import { runVerify } from '@paycore/core';
import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import { ACCOUNT, DEFAULT_CONFIGURATION, stripeAnswers, ACCOUNT_IDENTITY } from './stripe-answers.js';

const TEST_KEY = 'sk_test_51HqLyjWDarjtT1zdp7dcXBxQGm8dkG4p0b7nZl1s';
const LIVE_KEY = 'sk_live_51HqLyjWDarjtT1zdp7dcXBxQGm8dkG4p0b7nZl1s';
const RESTRICTED_KEY = 'rk_test_51HqLyjWDarjtT1zdQ9Q6cFwy7vRz8kP1s7GkXx2';

// The balance object as documented for GET /v1/balance (docs.stripe.com/api/balance/balance_object).
const TEST_BALANCE = {
  object: 'balance',
  available: [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
  connect_reserved: [{ amount: 0, currency: 'usd' }],
  livemode: false,
  pending: [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
};

// 401 for an unknown key: Stripe masks all but the last four characters of the key it echoes.
const INVALID_KEY = {
  error: {
    message: 'Invalid API Key provided: sk_test_****************************************0b7n',
    type: 'invalid_request_error',
  },
};

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
      {
        environment: 'live',
        credentials: { secretKey: LIVE_KEY, publishableKey: 'pk_live_51HqLyjWDarjtT1zdAbCdEf' },
      },
      { environment: 'sandbox', credentials: { secretKey: RESTRICTED_KEY } },
    ],
    invalid: [
      {
        credentials: { secretKey: 'pk_test_51HqLyjWDarjtT1zdp7dcXBx' },
        field: 'secretKey',
        because: 'a publishable key',
      },
      { credentials: { secretKey: 'sk_test_short' }, field: 'secretKey', because: 'too short' },
      { credentials: {}, field: 'secretKey', because: 'missing' },
      {
        credentials: { secretKey: TEST_KEY, publishableKey: 'sk_test_51HqLyjWDarjtT1zdp7dcXBx' },
        field: 'publishableKey',
      },
      {
        credentials: { secretKey: TEST_KEY, accountId: 'acct_1' },
        field: 'accountId',
        because: 'unknown field',
      },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
    respond: { status: 200, body: TEST_BALANCE },
    account: { livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
    respond: { status: 401, body: INVALID_KEY },
  },
  wrongEnvironment: { environment: 'sandbox', credentials: { secretKey: LIVE_KEY } },
  discover: {
    input: { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
    respond: stripeAnswers([DEFAULT_CONFIGURATION], ACCOUNT),
    expected: {
      paymentMethods: [{ method: 'payment_card' }, { method: 'applepay' }],
      payoutMethods: [],
      account: ACCOUNT_IDENTITY,
    },
  },
});

describe('Stripe verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (credentials: Record<string, string>, environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials },
      { egressOverrides: mock.overridesFor(['api.stripe.com']) },
    );

  it('sends GET /v1/balance with the key as a Bearer token', async () => {
    mock.on('GET', '/v1/balance', { status: 200, body: TEST_BALANCE });
    const result = await verify({ secretKey: TEST_KEY });
    expect(result).toEqual({ ok: true, account: { livemode: false, currencies: ['USD'] } });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/v1/balance',
      headers: { authorization: `Bearer ${TEST_KEY}` },
    });
  });

  it('accepts a live key in the live environment', async () => {
    mock.on('GET', '/v1/balance', { status: 200, body: { ...TEST_BALANCE, livemode: true } });
    expect(await verify({ secretKey: LIVE_KEY }, 'live')).toMatchObject({
      ok: true,
      account: { livemode: true },
    });
  });

  it('refuses a test key in live before sending anything', async () => {
    expect(await verify({ secretKey: TEST_KEY }, 'live')).toMatchObject({
      ok: false,
      reason: 'wrong_environment',
      fields: ['secretKey'],
    });
    expect(
      await verify({ secretKey: TEST_KEY, publishableKey: 'pk_live_51HqLyjWDarjtT1zdAbCdEf' }),
    ).toMatchObject({
      reason: 'wrong_environment',
      fields: ['publishableKey'],
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('treats a balance whose livemode disagrees with the environment as the wrong environment', async () => {
    mock.on('GET', '/v1/balance', { status: 200, body: { ...TEST_BALANCE, livemode: true } });
    expect(await verify({ secretKey: TEST_KEY })).toMatchObject({ ok: false, reason: 'wrong_environment' });
  });

  it('reports an unknown key with Stripe’s own masked message', async () => {
    mock.on('GET', '/v1/balance', { status: 401, body: INVALID_KEY });
    expect(await verify({ secretKey: TEST_KEY })).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message: `Stripe refused the key: ${INVALID_KEY.error.message}`,
      fields: ['secretKey'],
      retryable: false,
    });
  });

  it('reports an expired or rolled key (authentication_error) as invalid', async () => {
    mock.on('GET', '/v1/balance', {
      status: 401,
      body: {
        error: { message: 'Expired API Key provided: sk_test_****0b7n', type: 'authentication_error' },
      },
    });
    const result = await verify({ secretKey: TEST_KEY });
    expect(result).toMatchObject({ ok: false, reason: 'invalid_credentials', retryable: false });
    expect(result.ok === false && result.message).toContain('expired');
  });

  it('reports a restricted key without Balance read as insufficient_permissions', async () => {
    mock.on('GET', '/v1/balance', {
      status: 403,
      body: {
        error: {
          message:
            "The provided key 'rk_test_*********************************************Xx2' does not have the required permissions for this endpoint on account 'acct_1HqLyjWDarjtT1zd'. Having the 'rak_balance_read' permission would allow this request to continue.",
          type: 'invalid_request_error',
        },
      },
    });
    expect(await verify({ secretKey: RESTRICTED_KEY })).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['secretKey'],
      retryable: false,
    });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('GET', '/v1/balance', {
      status: 429,
      body: {
        error: {
          message: 'Too many requests hit the API too quickly.',
          type: 'invalid_request_error',
          code: 'rate_limit',
        },
      },
    });
    expect(await verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('does not trust a 200 that is not a balance object', async () => {
    mock.on('GET', '/v1/balance', { status: 200, body: '<html>captive portal</html>' });
    expect(await verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });
});
