import { runVerify } from '@paycore/core';
import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const TEST_KEY = 'FLWSECK_TEST-9f3c1a7e2b8d4c6f0a1e5b7d9c3f2a18-X';
const LIVE_KEY = 'FLWSECK-9f3c1a7e2b8d4c6f0a1e5b7d9c3f2a18-X';
// The test public key shown in Flutterwave's authentication guide.
const TEST_PUBLIC = 'FLWPUBK_TEST-32193bba8dab84e3d9c4525c85ea7a12-X';
const LIVE_PUBLIC = 'FLWPUBK-32193bba8dab84e3d9c4525c85ea7a12-X';

// 200 of GET /v3/balances ("Get all wallet balances").
const BALANCES = {
  status: 'success',
  message: 'Wallet balances fetched',
  data: [
    { currency: 'NGN', available_balance: 0, ledger_balance: 0 },
    { currency: 'USD', available_balance: 0, ledger_balance: 0 },
  ],
};
// 401 for a wrong key: not documented by Flutterwave; the body seen in public reports.
const INVALID_KEY = { status: 'error', message: 'Invalid authorization key', data: null };

const sandbox = { environment: 'sandbox' as const, credentials: { secretKey: TEST_KEY } };

describeConnector(connector, {
  credentials: {
    valid: [
      sandbox,
      { environment: 'live', credentials: { secretKey: LIVE_KEY, publicKey: LIVE_PUBLIC } },
      // The demo key of Flutterwave's API reference examples.
      { environment: 'sandbox', credentials: { secretKey: 'FLWSECK_TEST-SANDBOXDEMOKEY-X' } },
    ],
    invalid: [
      { credentials: { secretKey: TEST_PUBLIC }, field: 'secretKey', because: 'a public key' },
      {
        credentials: { secretKey: 'FLWSECK_TEST9f3c1a7e2b8d' },
        field: 'secretKey',
        because: 'the encryption key',
      },
      {
        credentials: { secretKey: '2e5450b8-ee6a-4e5d-b6db-cd9240b5bba3' },
        field: 'secretKey',
        because: 'a v4 client ID',
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
});

describe('Flutterwave verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (credentials: Record<string, string>, environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials },
      { egressOverrides: mock.overridesFor(['api.flutterwave.com']) },
    );

  it('sends GET /v3/balances with the secret key as a Bearer token', async () => {
    mock.on('GET', '/v3/balances', { status: 200, body: BALANCES });
    expect(await verify({ secretKey: TEST_KEY, publicKey: TEST_PUBLIC })).toEqual({
      ok: true,
      account: { livemode: false, walletCurrencies: 'NGN, USD' },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/v3/balances',
      query: {},
      body: '',
      headers: { authorization: `Bearer ${TEST_KEY}`, accept: 'application/json' },
    });
  });

  it('accepts a live key in live', async () => {
    mock.on('GET', '/v3/balances', { status: 200, body: BALANCES });
    expect(await verify({ secretKey: LIVE_KEY }, 'live')).toMatchObject({
      ok: true,
      account: { livemode: true },
    });
  });

  it('refuses a key of the other mode before sending anything', async () => {
    expect(await verify({ secretKey: LIVE_KEY })).toEqual({
      ok: false,
      reason: 'wrong_environment',
      message:
        'This is a live mode secret key; use the test mode secret key (FLWSECK_TEST-…) for the sandbox environment',
      fields: ['secretKey'],
      retryable: false,
    });
    expect(await verify({ secretKey: TEST_KEY, publicKey: LIVE_PUBLIC })).toMatchObject({
      reason: 'wrong_environment',
      fields: ['publicKey'],
    });
    expect(await verify({ secretKey: LIVE_KEY, publicKey: TEST_PUBLIC }, 'live')).toMatchObject({
      reason: 'wrong_environment',
      fields: ['publicKey'],
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('reports "Invalid authorization key" (401) as invalid credentials', async () => {
    mock.on('GET', '/v3/balances', { status: 401, body: INVALID_KEY });
    expect(await verify({ secretKey: TEST_KEY })).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Flutterwave refused the secret key (Invalid authorization key). Copy the test mode secret key again from Settings → API Keys; a key generated again, or past its expiry date, stops working',
      fields: ['secretKey'],
      retryable: false,
    });
  });

  it('reports any 401 as invalid credentials, whatever its body', async () => {
    mock.on('GET', '/v3/balances', { status: 401, body: 'Unauthorized' });
    expect(await verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['secretKey'],
    });
  });

  it('treats an undocumented 403 as unexpected, not as a bad key', async () => {
    mock.on('GET', '/v3/balances', {
      status: 403,
      body: { status: 'error', message: 'Forbidden', data: null },
    });
    expect(await verify({ secretKey: TEST_KEY })).toEqual({
      ok: false,
      reason: 'provider_unavailable',
      message: 'Flutterwave gave an unexpected answer (HTTP 403); try again later',
      retryable: true,
    });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('GET', '/v3/balances', {
      status: 429,
      body: { status: 'error', message: 'Too many requests', data: null },
    });
    expect(await verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('does not trust a 200 whose envelope is not "success"', async () => {
    mock.on('GET', '/v3/balances', { status: 200, body: { status: 'error', message: 'x', data: null } });
    expect(await verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });
});
