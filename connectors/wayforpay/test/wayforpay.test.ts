import { createHmac } from 'node:crypto';
import { runVerify } from '@paycore/core';
import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// The public test store (WayForPay's official PHP SDK, AccountSecretTestCredential).
const TEST_STORE = { merchantAccount: 'test_merch_n1', secretKey: 'flk3409refn54t54t*FNJRET' };
const LIVE_STORE = {
  merchantAccount: 'shop_example_com',
  secretKey: 'c2f1b7e08d4a4b53a1e96f2d7c08b3aa41e5d9f0',
};

// CHECK_STATUS answers HTTP 200 with reason/reasonCode (wiki.wayforpay.com/en/view/852117). The
// code names are those of the official PHP SDK (src/Domain/Reason.php: 1113 CODE_INVALID_SIGNATURE,
// 1127 CODE_ORDER_NOT_FOUND); that CHECK_STATUS uses them for these cases is inferred, and the
// bodies below are built on the documented response fields, not copied from a real response.
const answer = (merchantAccount: string, reasonCode: number, reason: string) => ({
  merchantAccount,
  orderReference: 'paycore-verify-…',
  reason,
  reasonCode,
});
const ORDER_NOT_FOUND = answer(TEST_STORE.merchantAccount, 1127, 'Order Not Found');
const INVALID_SIGNATURE = answer(TEST_STORE.merchantAccount, 1113, 'Invalid Signature');

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: TEST_STORE },
      { environment: 'live', credentials: LIVE_STORE },
    ],
    invalid: [
      {
        credentials: { ...LIVE_STORE, merchantAccount: 'shop example' },
        field: 'merchantAccount',
        because: 'a space',
      },
      { credentials: { ...LIVE_STORE, secretKey: 'short' }, field: 'secretKey', because: 'too short' },
      {
        credentials: { ...LIVE_STORE, secretKey: 'has a space in it' },
        field: 'secretKey',
        because: 'spaces',
      },
      { credentials: { merchantAccount: 'shop_example_com' }, field: 'secretKey', because: 'missing' },
      {
        credentials: { ...LIVE_STORE, merchantDomainName: 'example.com' },
        field: 'merchantDomainName',
        because: 'unknown field',
      },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: TEST_STORE },
    respond: { status: 200, body: ORDER_NOT_FOUND },
    account: { id: 'test_merch_n1', livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: TEST_STORE },
    respond: { status: 200, body: INVALID_SIGNATURE },
  },
  wrongEnvironment: { environment: 'live', credentials: TEST_STORE },
});

describe('WayForPay verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (credentials: Record<string, string>, environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials },
      { egressOverrides: mock.overridesFor(['api.wayforpay.com']) },
    );

  it('posts a signed CHECK_STATUS for an unknown order and reads "order not found" as valid credentials', async () => {
    mock.on('POST', '/api', { status: 200, body: ORDER_NOT_FOUND });
    const result = await verify(TEST_STORE);
    expect(result).toEqual({ ok: true, account: { id: 'test_merch_n1', livemode: false } });

    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/api',
      headers: { 'content-type': 'application/json' },
    });
    const body = request!.json as Record<string, unknown>;
    expect(body).toEqual({
      transactionType: 'CHECK_STATUS',
      merchantAccount: 'test_merch_n1',
      orderReference: expect.stringMatching(/^paycore-verify-[0-9a-f-]{36}$/),
      merchantSignature: expect.stringMatching(/^[0-9a-f]{32}$/),
      apiVersion: 1,
    });
    // Recomputed here independently of src/sign.ts.
    const expected = createHmac('md5', TEST_STORE.secretKey)
      .update(`test_merch_n1;${body.orderReference as string}`)
      .digest('hex');
    expect(body.merchantSignature).toBe(expected);
    expect(request!.body).not.toContain(TEST_STORE.secretKey);
  });

  it('accepts a reason code sent as a string', async () => {
    mock.on('POST', '/api', { status: 200, body: { ...ORDER_NOT_FOUND, reasonCode: '1127' } });
    expect(await verify(TEST_STORE)).toMatchObject({ ok: true });
  });

  it('accepts the store’s own credentials in live', async () => {
    mock.on('POST', '/api', {
      status: 200,
      body: answer(LIVE_STORE.merchantAccount, 1127, 'Order Not Found'),
    });
    expect(await verify(LIVE_STORE, 'live')).toEqual({
      ok: true,
      account: { id: 'shop_example_com', livemode: true },
    });
  });

  it('reports an invalid signature (1113) as credentials that do not belong together', async () => {
    mock.on('POST', '/api', { status: 200, body: INVALID_SIGNATURE });
    expect(await verify(TEST_STORE)).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'WayForPay refused the signature: the secret key does not belong to this merchant login. Copy both again from the same store',
      fields: ['merchantAccount', 'secretKey'],
      retryable: false,
    });
  });

  it('refuses the public test store in live before sending anything', async () => {
    expect(await verify(TEST_STORE, 'live')).toMatchObject({
      ok: false,
      reason: 'wrong_environment',
      fields: ['merchantAccount'],
      retryable: false,
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('does not guess at a reason code it was not told about', async () => {
    mock.on('POST', '/api', {
      status: 200,
      body: answer(LIVE_STORE.merchantAccount, 1121, 'Account Not Found'),
    });
    expect(await verify(LIVE_STORE, 'live')).toEqual({
      ok: false,
      reason: 'provider_unavailable',
      message:
        'WayForPay answered "Account Not Found", reason code 1121, which the check does not recognise; try again later, and contact WayForPay support if it persists',
      retryable: true,
    });
  });

  it('does not trust a 200 without a reason code', async () => {
    mock.on('POST', '/api', { status: 200, body: { merchantAccount: 'test_merch_n1' } });
    expect(await verify(TEST_STORE)).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.on('POST', '/api', { status: 200, body: '<html>maintenance</html>' });
    expect(await verify(TEST_STORE)).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('POST', '/api', { status: 429, body: 'Too Many Requests' });
    expect(await verify(TEST_STORE)).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });
});
