import { createHash } from 'node:crypto';
import { runVerify } from '@paycore/core';
import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// Fondy's public test merchant and its payment key (docs; cloudipsp/node-js-sdk test/index.js).
const TEST_MERCHANT = { merchantId: '1396424', paymentKey: 'test' };
const LIVE_MERCHANT = { merchantId: '1549901', paymentKey: 'Hq7YtZ2mV9pR4sK8wN3bC6xJ1dF5gL0a' };

// HTTP 200 failure envelope of protocol 1.0 with the documented codes and texts
// (docs.fondy.io/gateway/direct-integration/response-codes; docs.fondy.eu/en/docs/page/21).
const failureBody = (error_code: number, error_message: string) => ({
  response: { response_status: 'failure', error_code, error_message, request_id: 'h7RkbWqyXlY0d' },
});
const ORDER_NOT_FOUND = failureBody(1018, 'Order not found');
const INVALID_SIGNATURE = failureBody(1014, 'Invalid signature');
const MERCHANT_NOT_FOUND = failureBody(1016, 'Merchant not found');

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: TEST_MERCHANT },
      { environment: 'live', credentials: LIVE_MERCHANT },
    ],
    invalid: [
      {
        credentials: { ...LIVE_MERCHANT, merchantId: 'm1549901' },
        field: 'merchantId',
        because: 'not digits',
      },
      {
        credentials: { ...LIVE_MERCHANT, merchantId: '1234567890123' },
        field: 'merchantId',
        because: 'too long',
      },
      {
        credentials: { ...LIVE_MERCHANT, paymentKey: 'has spaces in it' },
        field: 'paymentKey',
        because: 'spaces',
      },
      { credentials: { merchantId: '1549901' }, field: 'paymentKey', because: 'missing' },
      { credentials: { ...LIVE_MERCHANT, creditKey: 'x' }, field: 'creditKey', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: TEST_MERCHANT },
    respond: { status: 200, body: ORDER_NOT_FOUND },
    account: { id: '1396424', livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: TEST_MERCHANT },
    respond: { status: 200, body: INVALID_SIGNATURE },
  },
  wrongEnvironment: { environment: 'live', credentials: TEST_MERCHANT },
});

describe('Fondy verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (credentials: Record<string, string>, environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials },
      { egressOverrides: mock.overridesFor(['pay.fondy.eu']) },
    );

  it('posts a signed order status request and reads 1018 "order not found" as valid credentials', async () => {
    mock.on('POST', '/api/status/order_id', { status: 200, body: ORDER_NOT_FOUND });
    const result = await verify(TEST_MERCHANT);
    expect(result).toEqual({ ok: true, account: { id: '1396424', livemode: false } });

    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/api/status/order_id',
      headers: { 'content-type': 'application/json' },
    });
    const body = (request!.json as { request: Record<string, unknown> }).request;
    expect(body).toEqual({
      order_id: expect.stringMatching(/^paycore-verify-[0-9a-f-]{36}$/),
      merchant_id: 1396424,
      version: '1.0',
      signature: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    // The documented rule, recomputed here independently of src/sign.ts:
    // sha1(key | merchant_id | order_id | version), the values ordered by parameter name.
    const expected = createHash('sha1')
      .update(`test|1396424|${body.order_id as string}|1.0`)
      .digest('hex');
    expect(body.signature).toBe(expected);
  });

  it('accepts a merchant’s own credentials in live', async () => {
    mock.on('POST', '/api/status/order_id', { status: 200, body: ORDER_NOT_FOUND });
    expect(await verify(LIVE_MERCHANT, 'live')).toEqual({
      ok: true,
      account: { id: '1549901', livemode: true },
    });
  });

  it('reports 1014 "invalid signature" as a wrong payment key', async () => {
    mock.on('POST', '/api/status/order_id', { status: 200, body: INVALID_SIGNATURE });
    expect(await verify(LIVE_MERCHANT, 'live')).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Fondy refused the signature: the payment key does not belong to this Merchant ID. Copy it again from the merchant’s technical settings',
      fields: ['paymentKey'],
      retryable: false,
    });
  });

  it('reports 1016 "merchant not found" as a wrong Merchant ID', async () => {
    mock.on('POST', '/api/status/order_id', { status: 200, body: MERCHANT_NOT_FOUND });
    expect(await verify(LIVE_MERCHANT, 'live')).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message: 'Fondy does not know Merchant ID 1549901',
      fields: ['merchantId'],
      retryable: false,
    });
  });

  it('refuses the public test merchant in live before sending anything', async () => {
    // The message avoids the word "test": it is this merchant's payment key, so the host would redact it.
    expect(await verify(TEST_MERCHANT, 'live')).toEqual({
      ok: false,
      reason: 'wrong_environment',
      message:
        "1396424 is Fondy's public sandbox merchant (its payment key is published); use your own Merchant ID in live",
      fields: ['merchantId'],
      retryable: false,
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('does not guess at another documented code', async () => {
    mock.on('POST', '/api/status/order_id', {
      status: 200,
      body: failureBody(1006, 'Merchant is not configured correctly'),
    });
    expect(await verify(LIVE_MERCHANT, 'live')).toEqual({
      ok: false,
      reason: 'provider_unavailable',
      message:
        'Fondy answered "Merchant is not configured correctly", error code 1006, which the check does not recognise; try again later, and contact Fondy support if it persists',
      retryable: true,
    });
  });

  it('does not trust a 200 that is not a status answer', async () => {
    mock.on('POST', '/api/status/order_id', {
      status: 200,
      body: { response: { response_status: 'pending' } },
    });
    expect(await verify(TEST_MERCHANT)).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.on('POST', '/api/status/order_id', { status: 200, body: '<html>maintenance</html>' });
    expect(await verify(TEST_MERCHANT)).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('POST', '/api/status/order_id', { status: 429, body: 'Too Many Requests' });
    expect(await verify(TEST_MERCHANT)).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });
});
