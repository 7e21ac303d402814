import { hash } from 'node:crypto';
import { runVerify } from '@paycore/core';
import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const SANDBOX = {
  publicKey: 'sandbox_i31110430124',
  privateKey: 'sandbox_tQv2nL8yXkW4pR6sD1fH9mZ3cB7gJ5aE0uYiKoPl',
};
const LIVE = { publicKey: 'i31110430124', privateKey: 'tQv2nL8yXkW4pR6sD1fH9mZ3cB7gJ5aE0uYiKoPl' };

// LiqPay answers HTTP 200 with an error envelope (liqpay.ua/en/doc/api/errors; envelope as
// reported in liqpay/sdk-php#24). err_description texts are those of LiqPay's error table.
const envelope = (err_code: string, err_description: string) => ({
  result: 'error',
  status: 'error',
  err_code,
  err_description,
});
const PAYMENT_NOT_FOUND = envelope('payment_not_found', 'Payment is not found');
const INVALID_SIGNATURE = envelope('invalid_signature', 'Wrong payment signature');
const PUBLIC_KEY_NOT_FOUND = envelope('public_key_not_found', 'Public_key is not found');

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: SANDBOX },
      { environment: 'live', credentials: LIVE },
    ],
    invalid: [
      { credentials: { ...SANDBOX, publicKey: 'sandbox_31110430124' }, field: 'publicKey', because: 'no i' },
      { credentials: { ...LIVE, publicKey: 'i3111-0430' }, field: 'publicKey', because: 'not digits' },
      { credentials: { ...SANDBOX, privateKey: 'sandbox_short' }, field: 'privateKey', because: 'too short' },
      { credentials: { publicKey: LIVE.publicKey }, field: 'privateKey', because: 'missing' },
      { credentials: { ...LIVE, merchantId: '1' }, field: 'merchantId', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: SANDBOX },
    respond: { status: 200, body: PAYMENT_NOT_FOUND },
    account: { id: SANDBOX.publicKey, livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: SANDBOX },
    respond: { status: 200, body: INVALID_SIGNATURE },
  },
  wrongEnvironment: { environment: 'sandbox', credentials: LIVE },
});

describe('LiqPay verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (credentials: Record<string, string>, environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials },
      { egressOverrides: mock.overridesFor(['www.liqpay.ua']) },
    );

  it('posts a signed status request for an unknown order and reads payment_not_found as valid keys', async () => {
    mock.on('POST', '/api/request', { status: 200, body: PAYMENT_NOT_FOUND });
    const result = await verify(SANDBOX);
    expect(result).toEqual({ ok: true, account: { id: SANDBOX.publicKey, livemode: false } });

    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/api/request',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const { data, signature } = request!.form!;
    expect(Object.keys(request!.form!).sort()).toEqual(['data', 'signature']);
    const params = JSON.parse(Buffer.from(data!, 'base64').toString('utf8'));
    expect(params).toEqual({
      version: 3,
      public_key: SANDBOX.publicKey,
      action: 'status',
      order_id: expect.stringMatching(/^paycore-verify-[0-9a-f-]{36}$/),
    });
    // Recomputed here with crypto.hash, independently of src/sign.ts.
    expect(signature).toBe(hash('sha1', SANDBOX.privateKey + data + SANDBOX.privateKey, 'base64'));
    // "+", "/" and "=" in base64 must arrive percent-encoded, or LiqPay reads a different signature.
    expect(request!.body).toContain(`signature=${encodeURIComponent(signature!)}`);
  });

  it('uses a fresh order id on every check', async () => {
    mock.on('POST', '/api/request', { status: 200, body: PAYMENT_NOT_FOUND });
    await verify(SANDBOX);
    await verify(SANDBOX);
    const ids = mock.requests.map(
      (r) => JSON.parse(Buffer.from(r.form!.data!, 'base64').toString('utf8')).order_id,
    );
    expect(new Set(ids).size).toBe(2);
  });

  it('accepts live keys in the live environment', async () => {
    mock.on('POST', '/api/request', { status: 200, body: PAYMENT_NOT_FOUND });
    expect(await verify(LIVE, 'live')).toEqual({ ok: true, account: { id: LIVE.publicKey, livemode: true } });
  });

  it('reports invalid_signature as a wrong private key', async () => {
    mock.on('POST', '/api/request', { status: 200, body: INVALID_SIGNATURE });
    expect(await verify(SANDBOX)).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'LiqPay refused the signature: the private key does not belong to this public key. Copy both keys again from the same company',
      fields: ['privateKey'],
      retryable: false,
    });
  });

  it('reports public_key_not_found as a wrong public key', async () => {
    mock.on('POST', '/api/request', { status: 200, body: PUBLIC_KEY_NOT_FOUND });
    expect(await verify(LIVE, 'live')).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message: 'LiqPay does not know this public key',
      fields: ['publicKey'],
      retryable: false,
    });
  });

  it('reports a blocked or inactive company as account_inactive', async () => {
    mock.on('POST', '/api/request', { status: 200, body: envelope('shop_blocked', 'Store is blocked') });
    expect(await verify(LIVE, 'live')).toMatchObject({
      ok: false,
      reason: 'account_inactive',
      retryable: false,
    });
    mock.on('POST', '/api/request', {
      status: 200,
      body: envelope('shop_not_active', 'Store is not active'),
    });
    expect(await verify(LIVE, 'live')).toMatchObject({
      ok: false,
      reason: 'account_inactive',
      retryable: false,
    });
  });

  it('refuses test keys in live, and a mixed pair, before sending anything', async () => {
    expect(await verify(SANDBOX, 'live')).toMatchObject({
      ok: false,
      reason: 'wrong_environment',
      fields: ['publicKey', 'privateKey'],
      retryable: false,
    });
    expect(await verify({ publicKey: SANDBOX.publicKey, privateKey: LIVE.privateKey })).toMatchObject({
      ok: false,
      reason: 'wrong_environment',
      fields: ['privateKey'],
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('does not guess at an error code it was not told about', async () => {
    mock.on('POST', '/api/request', { status: 200, body: envelope('err_auth', 'Authorization is required') });
    expect(await verify(SANDBOX)).toEqual({
      ok: false,
      reason: 'provider_unavailable',
      message: 'LiqPay gave an answer the check does not recognise (err_auth); try again later',
      retryable: true,
    });
  });

  it('does not trust a 200 that is not JSON', async () => {
    mock.on('POST', '/api/request', { status: 200, body: '<html>maintenance</html>' });
    expect(await verify(SANDBOX)).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('POST', '/api/request', { status: 429, body: 'Too Many Requests' });
    expect(await verify(SANDBOX)).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });
});
