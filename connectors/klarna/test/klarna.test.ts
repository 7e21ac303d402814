import { runVerify, type VerifyInput } from '@paycore/core';
import { createMockProvider, describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// Shaped like the example in Klarna's authentication guide (klarna_<live|test>_api_<random>).
const TEST_KEY = 'klarna_test_api_elZGI1B5dHBIRWltRjF5cjZrNldnbEVjKnIqeCUybz0';
const LIVE_KEY = 'klarna_live_api_elZGI1B5dHBIRWltRjF5cjZrNldnbEVjKnIqeCUybz0';
const KEY_USERNAME = '0c4c3dbe-6a5d-4f6e-9d2a-6b0a1f6a3c11';
const LEGACY = { username: 'PK12345_1a2b3c4d5e6f', password: 'ek9M3dkzf2kBfhuW' };
const eu = { environment: 'sandbox' as const, credentials: { region: 'EU', apiKey: TEST_KEY } };

// 404 for an order id that does not exist, as in Klarna's "Manage orders with the API" error table.
const NO_SUCH_ORDER = {
  status: 404,
  body: {
    error_code: 'NO_SUCH_ORDER',
    error_messages: ['Order 5ef9a5b3-6c08-42e1-91a3-065dcae5c5dd cannot be found'],
    correlation_id: '6a9b1cb1-73a3-4936-a030-481ba4bb203b',
  },
};
// 401 for refused credentials: Klarna documents the status only; reports show a plain-text body [obs].
const UNAUTHORIZED = { status: 401, body: '401 Authorization Required' };

describeConnector(connector, {
  credentials: {
    valid: [
      eu,
      { environment: 'live', credentials: { region: 'NA', apiKey: LIVE_KEY, username: KEY_USERNAME } },
      { environment: 'sandbox', credentials: { region: 'OC', ...LEGACY } },
    ],
    invalid: [
      { credentials: { apiKey: TEST_KEY }, field: 'region', because: 'missing' },
      { credentials: { region: 'US', apiKey: TEST_KEY }, field: 'region', because: 'not a Klarna region' },
      {
        credentials: { region: 'EU', apiKey: 'sk_test_123456' },
        field: 'apiKey',
        because: 'not a Klarna API key',
      },
      {
        credentials: { region: 'EU', username: 'PK12345 1a2b', password: 'x' },
        field: 'username',
        because: 'contains a space',
      },
      {
        credentials: { region: 'EU', username: LEGACY.username, password: '' },
        field: 'password',
        because: 'empty',
      },
      {
        credentials: { ...eu.credentials, merchantId: 'PK12345' },
        field: 'merchantId',
        because: 'unknown field',
      },
    ],
  },
  valid: { input: eu, respond: NO_SUCH_ORDER, account: { livemode: false, region: 'EU' } },
  invalid: { input: eu, respond: UNAUTHORIZED },
  wrongEnvironment: { environment: 'sandbox', credentials: { region: 'EU', apiKey: LIVE_KEY } },
});

const ORDER_PATH =
  /^\/ordermanagement\/v1\/orders\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Klarna verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const HOSTS = [
    'api.playground.klarna.com',
    'api-na.playground.klarna.com',
    'api-oc.playground.klarna.com',
    'api.klarna.com',
    'api-na.klarna.com',
    'api-oc.klarna.com',
  ];
  const verify = (input: VerifyInput = eu) =>
    runVerify(connector, input, { egressOverrides: mock.overridesFor(HOSTS) });

  it('reads a random, non-existent order with the API key after "Basic", and takes NO_SUCH_ORDER as success', async () => {
    mock.fallback(NO_SUCH_ORDER);
    expect(await verify()).toEqual({ ok: true, account: { livemode: false, region: 'EU' } });
    await verify();
    expect(mock.requests).toHaveLength(2);
    const [first, second] = mock.requests;
    expect(first).toMatchObject({
      method: 'GET',
      headers: { authorization: `Basic ${TEST_KEY}`, accept: 'application/json' },
    });
    expect(first?.path).toMatch(ORDER_PATH);
    expect(second?.path).not.toBe(first?.path);
  });

  it('calls the host of the chosen region and environment', async () => {
    const regional = await createMockProvider();
    regional.fallback(NO_SUCH_ORDER);
    try {
      for (const [environment, region, host] of [
        ['sandbox', 'NA', 'api-na.playground.klarna.com'],
        ['sandbox', 'OC', 'api-oc.playground.klarna.com'],
        ['live', 'EU', 'api.klarna.com'],
        ['live', 'OC', 'api-oc.klarna.com'],
      ] as const) {
        const apiKey = environment === 'live' ? LIVE_KEY : TEST_KEY;
        const result = await runVerify(
          connector,
          { environment, credentials: { region, apiKey } },
          { egressOverrides: { ...mock.overridesFor(HOSTS), [`https://${host}`]: regional.origin } },
        );
        expect(result).toEqual({ ok: true, account: { livemode: environment === 'live', region } });
      }
      expect(regional.requests).toHaveLength(4);
      expect(mock.requests).toHaveLength(0);
    } finally {
      await regional.close();
    }
  });

  it('sends the UUID username with the key, and older username/password pairs, as Basic credentials', async () => {
    mock.fallback(NO_SUCH_ORDER);
    await verify({
      environment: 'sandbox',
      credentials: { region: 'EU', apiKey: TEST_KEY, username: KEY_USERNAME },
    });
    await verify({ environment: 'sandbox', credentials: { region: 'EU', ...LEGACY } });
    expect(mock.requests.map((request) => request.headers.authorization)).toEqual([
      `Basic ${Buffer.from(`${KEY_USERNAME}:${TEST_KEY}`).toString('base64')}`,
      `Basic ${Buffer.from(`${LEGACY.username}:${LEGACY.password}`).toString('base64')}`,
    ]);
  });

  it('reports a 401 as invalid, naming the region and environment the credentials must come from', async () => {
    mock.fallback(UNAUTHORIZED);
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Klarna refused the credentials in Europe (EU) playground. Check that they were created in the playground Merchant Portal of that region, and copy them again',
      fields: ['apiKey'],
      retryable: false,
    });
    mock.fallback({
      status: 401,
      body: {
        error_code: 'UNAUTHORIZED',
        error_messages: ['Unauthorized'],
        correlation_id: 'c0ffee00-0000-4000-8000-000000000000',
      },
    });
    expect(await verify({ environment: 'sandbox', credentials: { region: 'NA', ...LEGACY } })).toMatchObject({
      reason: 'invalid_credentials',
      fields: ['username', 'password'],
      retryable: false,
    });
  });

  it('refuses a key of the other environment, and incomplete or mixed credentials, before sending anything', async () => {
    expect(
      await verify({ environment: 'live', credentials: { region: 'EU', apiKey: TEST_KEY } }),
    ).toMatchObject({
      reason: 'wrong_environment',
      fields: ['apiKey'],
      message:
        'This is a playground API key; use a key starting with klarna_live_api_ for the live environment',
    });
    const refused = [
      [{ region: 'EU' }, ['apiKey']],
      [{ region: 'EU', username: LEGACY.username }, ['password']],
      [{ region: 'EU', password: LEGACY.password }, ['username']],
      [{ region: 'EU', apiKey: TEST_KEY, password: LEGACY.password }, ['apiKey', 'password']],
      [{ region: 'EU', apiKey: TEST_KEY, username: LEGACY.username }, ['username']],
    ] as const;
    for (const [credentials, fields] of refused) {
      expect(await verify({ environment: 'sandbox', credentials })).toMatchObject({
        ok: false,
        reason: 'invalid_credentials',
        fields,
        retryable: false,
      });
    }
    expect(mock.requests).toHaveLength(0);
  });

  it('does not take a 404 without NO_SUCH_ORDER as proof: it may be a wrong route or a proxy', async () => {
    mock.fallback({ status: 404 });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.fallback({ status: 404, body: { error_code: 'NOT_FOUND', error_messages: ['Not found'] } });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('reports rate limiting and temporary unavailability as retryable', async () => {
    mock.fallback({
      status: 429,
      body: { error_code: 'TOO_MANY_REQUESTS', error_messages: ['Too many requests'] },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.fallback({
      status: 503,
      body: { error_code: 'TEMPORARILY_UNAVAILABLE', error_messages: ['Temporarily unavailable'] },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
