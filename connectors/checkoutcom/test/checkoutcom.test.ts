import { runVerify } from '@paycore/core';
import { createMockProvider, describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import { PROBE_PAYMENT_ID, verify as verifyHook } from '../src/verify.js';

// Key formats as documented in the ApiSecretKey / ApiPublicKey schemes and the SDK's regexes.
const SANDBOX_KEY = 'sk_sbox_m73dzbpy7cf3gfd46xr4yj5xo4e';
const LIVE_KEY = 'sk_m73dzbpy7cf3gfd46xr4yj5xo4e';
const SANDBOX_PUBLIC_KEY = 'pk_sbox_xg66bnn6tpspd6pt3psc7otrqa=';
const LIVE_PUBLIC_KEY = 'pk_xg66bnn6tpspd6pt3psc7otrqa=';
// Keys of the previous platform: UUID-shaped, `sk_test_` in sandbox.
const PREVIOUS_SANDBOX_KEY = 'sk_test_0b9b5db6-f223-49d0-b68f-f6643dd4f808';
const PREVIOUS_LIVE_KEY = 'sk_0b9b5db6-f223-49d0-b68f-f6643dd4f808';

const PROBE_PATH = `/payments/${PROBE_PAYMENT_ID}`;
const sandbox = { environment: 'sandbox' as const, credentials: { secretKey: SANDBOX_KEY } };

// GET /payments/{id} answers 404 "Payment not found" and 401 "Unauthorized", both without a body.
const NOT_FOUND = { status: 404 };
const UNAUTHORIZED = { status: 401 };

describeConnector(connector, {
  credentials: {
    valid: [
      sandbox,
      { environment: 'live', credentials: { secretKey: LIVE_KEY, publicKey: LIVE_PUBLIC_KEY } },
      { environment: 'sandbox', credentials: { secretKey: PREVIOUS_SANDBOX_KEY } },
      { environment: 'live', credentials: { secretKey: PREVIOUS_LIVE_KEY } },
    ],
    invalid: [
      { credentials: {}, field: 'secretKey', because: 'missing' },
      { credentials: { secretKey: SANDBOX_PUBLIC_KEY }, field: 'secretKey', because: 'a public key' },
      { credentials: { secretKey: 'sk_sbox_m73dzbpy' }, field: 'secretKey', because: 'too short' },
      {
        credentials: { secretKey: 'sk_sbox_M73DZBPY7CF3GFD46XR4YJ5XO4E' },
        field: 'secretKey',
        because: 'upper case is not the key alphabet',
      },
      {
        credentials: { secretKey: SANDBOX_KEY, publicKey: SANDBOX_KEY },
        field: 'publicKey',
        because: 'a secret key in the public key field',
      },
      {
        credentials: { secretKey: SANDBOX_KEY, accountPrefix: 'vkuhvk4v' },
        field: 'accountPrefix',
        because: 'unknown field',
      },
    ],
  },
  valid: { input: sandbox, respond: NOT_FOUND, account: { livemode: false, platform: 'current' } },
  invalid: { input: sandbox, respond: UNAUTHORIZED },
  wrongEnvironment: { environment: 'sandbox', credentials: { secretKey: LIVE_KEY } },
});

describe('Checkout.com verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (credentials: Record<string, string>, environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials },
      { egressOverrides: mock.overridesFor(['api.sandbox.checkout.com', 'api.checkout.com']) },
    );

  it('reads a payment id that cannot exist, with the key as a Bearer token, and takes 404 as success', async () => {
    mock.on('GET', PROBE_PATH, NOT_FOUND);
    expect(await verify({ secretKey: SANDBOX_KEY })).toEqual({
      ok: true,
      account: { livemode: false, platform: 'current' },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/payments/pay_paycorecredentialcheckzzzz',
      headers: { authorization: `Bearer ${SANDBOX_KEY}` },
      body: '',
    });
    expect(PROBE_PAYMENT_ID).toMatch(/^(pay|sid)_(\w{26})$/);
  });

  it('calls the production host with a production key', async () => {
    const live = await createMockProvider();
    try {
      live.on('GET', PROBE_PATH, NOT_FOUND);
      const result = await runVerify(
        connector,
        { environment: 'live', credentials: { secretKey: LIVE_KEY, publicKey: LIVE_PUBLIC_KEY } },
        {
          egressOverrides: {
            'https://api.checkout.com': live.origin,
            'https://api.sandbox.checkout.com': mock.origin,
          },
        },
      );
      expect(result).toEqual({ ok: true, account: { livemode: true, platform: 'current' } });
      expect(live.requests).toHaveLength(1);
      expect(mock.requests).toHaveLength(0);
    } finally {
      await live.close();
    }
  });

  it('sends a previous-platform key without the Bearer prefix', async () => {
    mock.on('GET', PROBE_PATH, NOT_FOUND);
    expect(await verify({ secretKey: PREVIOUS_SANDBOX_KEY })).toEqual({
      ok: true,
      account: { livemode: false, platform: 'previous' },
    });
    expect(mock.requests[0]?.headers.authorization).toBe(PREVIOUS_SANDBOX_KEY);
  });

  it('refuses keys of the other environment before sending anything', async () => {
    expect(await verify({ secretKey: LIVE_KEY })).toEqual({
      ok: false,
      reason: 'wrong_environment',
      message: 'This is a production secret key; use a sandbox key (sk_sbox_…) for the sandbox environment',
      fields: ['secretKey'],
      retryable: false,
    });
    expect(await verify({ secretKey: SANDBOX_KEY }, 'live')).toMatchObject({
      reason: 'wrong_environment',
      fields: ['secretKey'],
    });
    expect(await verify({ secretKey: PREVIOUS_LIVE_KEY })).toMatchObject({ reason: 'wrong_environment' });
    expect(await verify({ secretKey: SANDBOX_KEY, publicKey: LIVE_PUBLIC_KEY })).toEqual({
      ok: false,
      reason: 'wrong_environment',
      message: 'This is a production public key; use a sandbox key (pk_sbox_…) for the sandbox environment',
      fields: ['publicKey'],
      retryable: false,
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('takes a 200 as success only when it is the payment asked for', async () => {
    // The fields GET /payments/{id} marks as required on PaymentDetails in the API reference
    // (checkout/checkout-api-reference nas_spec, test/fixtures/checkout-com.openapi.json).
    mock.on('GET', PROBE_PATH, {
      status: 200,
      body: {
        id: PROBE_PAYMENT_ID,
        requested_on: '2019-08-24T14:15:22Z',
        amount: 6540,
        currency: 'USD',
        status: 'Authorized',
        approved: true,
        _links: { self: { href: `https://api.sandbox.checkout.com/payments/${PROBE_PAYMENT_ID}` } },
      },
    });
    expect(await verify({ secretKey: SANDBOX_KEY })).toEqual({
      ok: true,
      account: { livemode: false, platform: 'current' },
    });
  });

  it('does not take a proxy page or another payment answered with 200 for valid credentials', async () => {
    const unavailable = {
      ok: false,
      reason: 'provider_unavailable',
      message:
        "Checkout.com's answer (HTTP 200) is not the one it documents for this check; something between PayCore and Checkout.com, such as a proxy, may have answered. Try again later",
      retryable: true,
    };
    mock.on('GET', PROBE_PATH, {
      status: 200,
      body: '<!doctype html><html><body><h1>Down for maintenance</h1></body></html>',
      headers: { 'content-type': 'text/html' },
    });
    expect(await verify({ secretKey: SANDBOX_KEY })).toEqual(unavailable);
    mock.on('GET', PROBE_PATH, { status: 200, body: {} });
    expect(await verify({ secretKey: SANDBOX_KEY })).toEqual(unavailable);
    mock.on('GET', PROBE_PATH, {
      status: 200,
      body: {
        id: 'pay_mbabizu24mvu3mela5njyhpit4',
        requested_on: '2019-08-24T14:15:22Z',
        amount: 6540,
        currency: 'USD',
        status: 'Authorized',
        approved: true,
        _links: {},
      },
    });
    expect(await verify({ secretKey: SANDBOX_KEY })).toEqual(unavailable);
  });

  it('does not take a 404 with a body for the documented "Payment not found"', async () => {
    const unavailable = { ok: false, reason: 'provider_unavailable', retryable: true };
    mock.on('GET', PROBE_PATH, {
      status: 404,
      body: '<html><head><title>404 Not Found</title></head><body><center>nginx</center></body></html>',
      headers: { 'content-type': 'text/html' },
    });
    expect(await verify({ secretKey: SANDBOX_KEY })).toMatchObject(unavailable);
    mock.on('GET', PROBE_PATH, { status: 404, body: { message: 'no Route matched with those values' } });
    const result = await verify({ secretKey: SANDBOX_KEY });
    expect(result).toMatchObject(unavailable);
    expect(result.ok === false && result.message).toContain('HTTP 404');
  });

  it('reports 401 as an invalid secret key', async () => {
    mock.on('GET', PROBE_PATH, UNAUTHORIZED);
    expect(await verify({ secretKey: SANDBOX_KEY })).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Checkout.com refused the secret API key. Copy it again from Dashboard → Developers → Keys in your sandbox account; it may have been deleted',
      fields: ['secretKey'],
      retryable: false,
    });
  });

  it('reports 403 as a key without the payment details scope', async () => {
    mock.on('GET', PROBE_PATH, { status: 403 });
    const result = await verify({ secretKey: SANDBOX_KEY });
    expect(result).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['secretKey'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toContain('gateway:payment-details');
  });

  it('does not take a 422 validation answer for bad credentials', async () => {
    mock.on('GET', PROBE_PATH, {
      status: 422,
      body: {
        request_id: '0HL80RJLS76I7',
        error_type: 'request_invalid',
        error_codes: ['payment_id_invalid'],
      },
    });
    expect(await verify({ secretKey: SANDBOX_KEY })).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('reports rate limiting and server errors as retryable', async () => {
    mock.on('GET', PROBE_PATH, { status: 429 });
    expect(await verify({ secretKey: SANDBOX_KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.on('GET', PROBE_PATH, { status: 502, body: '<html>Bad Gateway</html>' });
    expect(await verify({ secretKey: SANDBOX_KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('refuses a value that is not a secret key even when called without the form check', async () => {
    const fetch = () => Promise.reject(new Error('must not be called'));
    const result = await verifyHook(
      { environment: 'sandbox', credentials: { secretKey: SANDBOX_PUBLIC_KEY } },
      {
        fetch,
        signal: new AbortController().signal,
        baseUrl: 'https://api.sandbox.checkout.com',
        logger: console,
      },
    );
    expect(result).toMatchObject({ ok: false, reason: 'invalid_credentials', fields: ['secretKey'] });
  });
});
