import { runVerify } from '@paycore/core';
import { createMockProvider, describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// Adyen API keys are opaque; this one has the shape of a real key (letters, digits, symbols).
const API_KEY =
  'AQEyhmfxK4PJahZCw0m/n3Q5qf3VaY9UCJ1+XWZe9W27jmlZiv4PD4jhfNMofnLr2K5i8/0QwV1bDb7kfNy1WIxIIkxgBw==-lUKXT9IQASgO/ZXfmv4BLlU1fLVI9mKRNW9aBEnsM0w=-H8Wg&ZU;X4K~2dRq';
const MERCHANT_ACCOUNT = 'AdyenDemoECOM';
const LIVE_PREFIX = '1797a841fbb37ca7-AdyenDemo';
const LIVE_HOST = '1797a841fbb37ca7-adyendemo-checkout-live.adyenpayments.com';

const sandbox = {
  environment: 'sandbox' as const,
  credentials: { apiKey: API_KEY, merchantAccount: MERCHANT_ACCOUNT },
};
const live = {
  environment: 'live' as const,
  credentials: { apiKey: API_KEY, merchantAccount: MERCHANT_ACCOUNT, liveUrlPrefix: LIVE_PREFIX },
};

// The start of the Checkout API v72 example `post-paymentMethods-basic-200`.
const PAYMENT_METHODS = {
  paymentMethods: [
    { name: 'Cards', type: 'scheme', brands: ['visa', 'mc', 'amex'] },
    { name: 'iDEAL', type: 'ideal' },
    { name: 'Apple Pay', type: 'applepay' },
  ],
};
// The Checkout API v72 examples `generic-401` and `generic-403`.
const UNAUTHORIZED = {
  status: 401,
  errorCode: '000',
  message: 'HTTP Status Response - Unauthorized',
  errorType: 'security',
};
const INVALID_MERCHANT_ACCOUNT = {
  status: 403,
  errorCode: '901',
  message: 'Invalid Merchant Account',
  errorType: 'security',
  pspReference: '881611827877203B',
};
// Adyen's help centre ("Why do I receive a 403 or 010 Not Allowed error?"): a missing role.
const NOT_ALLOWED = { status: 403, errorCode: '010', message: 'Not allowed', errorType: 'security' };
// The Checkout API v72 example `generic-500`.
const SERVER_ERROR = {
  status: 500,
  errorCode: '905',
  message: 'Payment details are not supported',
  errorType: 'configuration',
  pspReference: '8516091485743033',
};

describeConnector(connector, {
  credentials: {
    valid: [sandbox, live],
    invalid: [
      { credentials: { merchantAccount: MERCHANT_ACCOUNT }, field: 'apiKey', because: 'missing' },
      {
        credentials: { apiKey: 'AQE short key', merchantAccount: MERCHANT_ACCOUNT },
        field: 'apiKey',
        because: 'has spaces',
      },
      { credentials: { apiKey: API_KEY }, field: 'merchantAccount', because: 'missing' },
      {
        credentials: { apiKey: API_KEY, merchantAccount: 'Adyen Demo ECOM' },
        field: 'merchantAccount',
        because: 'has spaces',
      },
      {
        credentials: {
          ...live.credentials,
          liveUrlPrefix: 'https://1797a841fbb37ca7-AdyenDemo-checkout-live.adyenpayments.com/checkout',
        },
        field: 'liveUrlPrefix',
        because: 'the whole URL instead of the prefix',
      },
      {
        credentials: { ...live.credentials, liveUrlPrefix: 'AdyenDemo' },
        field: 'liveUrlPrefix',
        because: 'the company name without the hex part',
      },
      {
        credentials: { ...sandbox.credentials, clientKey: 'test_ABCDEF' },
        field: 'clientKey',
        because: 'unknown field',
      },
    ],
  },
  valid: {
    input: sandbox,
    respond: { status: 200, body: PAYMENT_METHODS },
    account: { name: MERCHANT_ACCOUNT, livemode: false },
  },
  invalid: { input: sandbox, respond: { status: 401, body: UNAUTHORIZED } },
});

describe('Adyen verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (input: typeof sandbox | typeof live = sandbox) =>
    runVerify(connector, input, {
      egressOverrides: mock.overridesFor(['checkout-test.adyen.com', LIVE_HOST]),
    });

  it('posts the merchant account to /v72/paymentMethods on the test host with the key in X-API-Key', async () => {
    mock.on('POST', '/v72/paymentMethods', { status: 200, body: PAYMENT_METHODS });
    expect(await verify()).toEqual({
      ok: true,
      account: { id: MERCHANT_ACCOUNT, name: MERCHANT_ACCOUNT, livemode: false, paymentMethods: 3 },
    });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/v72/paymentMethods',
      headers: { 'x-api-key': API_KEY, 'content-type': 'application/json' },
      json: { merchantAccount: MERCHANT_ACCOUNT },
    });
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('uses the merchant’s own live host and the /checkout/v72 path in live', async () => {
    const liveMock = await createMockProvider();
    try {
      liveMock.on('POST', '/checkout/v72/paymentMethods', { status: 200, body: PAYMENT_METHODS });
      const result = await runVerify(connector, live, {
        egressOverrides: {
          [`https://${LIVE_HOST}`]: liveMock.origin,
          'https://checkout-test.adyen.com': mock.origin,
        },
      });
      expect(result).toMatchObject({ ok: true, account: { livemode: true, paymentMethods: 3 } });
      expect(liveMock.requests).toHaveLength(1);
      expect(liveMock.requests[0]).toMatchObject({ json: { merchantAccount: MERCHANT_ACCOUNT } });
      expect(mock.requests).toHaveLength(0);
    } finally {
      await liveMock.close();
    }
  });

  it('asks for the live URL prefix in live and sends nothing without it', async () => {
    // The live host is built from the prefix, so the runner reports the field before the hook runs.
    await expect(
      runVerify(connector, { environment: 'live', credentials: sandbox.credentials }),
    ).rejects.toMatchObject({
      code: 'credentials_invalid',
      problems: [{ pointer: '/credentials/liveUrlPrefix', message: 'is required for the live environment' }],
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('reports a wrong API key (401, errorCode 000) as invalid, on the API key field', async () => {
    mock.on('POST', '/v72/paymentMethods', { status: 401, body: UNAUTHORIZED });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Adyen refused the API key (HTTP Status Response - Unauthorized). Copy it again from your test Customer Area; test and live keys are different, and a newly generated key replaces the old one after 24 hours',
      fields: ['apiKey'],
      retryable: false,
    });
  });

  it('reports "Invalid Merchant Account" (403, errorCode 901) on the merchant account field', async () => {
    mock.on('POST', '/v72/paymentMethods', { status: 403, body: INVALID_MERCHANT_ACCOUNT });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message: `Adyen answered "Invalid Merchant Account" for ${MERCHANT_ACCOUNT}: enter a merchant account name, not the company account, exactly as the test Customer Area shows it, and check under Developers → API credentials → Accounts that this API credential may use it`,
      fields: ['merchantAccount'],
      retryable: false,
    });
  });

  it('reports a credential without the Checkout role (403, errorCode 010) as insufficient_permissions', async () => {
    mock.on('POST', '/v72/paymentMethods', { status: 403, body: NOT_ALLOWED });
    const result = await verify();
    expect(result).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['apiKey'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toContain('Checkout webservice role');
  });

  it('reports a live 401 with a hint that test and live keys differ', async () => {
    const liveMock = await createMockProvider();
    try {
      liveMock.fallback({ status: 401, body: UNAUTHORIZED });
      const result = await runVerify(connector, live, {
        egressOverrides: { [`https://${LIVE_HOST}`]: liveMock.origin },
      });
      expect(result).toMatchObject({ reason: 'invalid_credentials', fields: ['apiKey'] });
      expect(result.ok === false && result.message).toMatch(/live Customer Area; test and live keys/);
    } finally {
      await liveMock.close();
    }
  });

  it('confirms a merchant account that has no payment methods yet', async () => {
    mock.on('POST', '/v72/paymentMethods', { status: 200, body: {} });
    expect(await verify()).toMatchObject({ ok: true, account: { paymentMethods: 0 } });
  });

  it('reports Adyen’s 500 (errorCode 905) and rate limiting as retryable', async () => {
    mock.on('POST', '/v72/paymentMethods', { status: 500, body: SERVER_ERROR });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/v72/paymentMethods', { status: 429, body: '' });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 200 that is not a payment methods answer', async () => {
    mock.on('POST', '/v72/paymentMethods', { status: 200, body: '<html>captive portal</html>' });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/v72/paymentMethods', { status: 200, body: { paymentMethods: 'scheme' } });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
