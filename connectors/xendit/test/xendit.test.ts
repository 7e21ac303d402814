import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// Made-up keys with the prefixes Xendit's official Node SDK tells apart (xendit-node index.ts).
const TEST_KEY = 'xnd_development_Q2x9vLr7TmP4kW8nB1cZ6hJ3sD5fG0aY+eR2uI7oK9pX4wV1qN==';
const LIVE_KEY = 'xnd_production_H8jK2mN5pQ7rS1tU4vW6xY9zA3bC5dE7fG0hJ2kL4mN6pQ8rS1tU';
const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

// 200 of GET /balance: docs.xendit.co/apidocs/get-balance ("balance", example 1241231).
const BALANCE = { balance: 1241231 };
// 401 for a key Xendit does not accept: error code from the official SDKs' UnauthorizedError
// (xendit-node invoice/models/UnauthorizedError.ts), message as Xendit returns it (xendit/xendit-php#82).
const INVALID_API_KEY = {
  error_code: 'INVALID_API_KEY',
  message: 'API key is not authorized for this API service',
};
// 403 for a key without the permission the call needs, as Xendit returns it (seen in public
// integrations); the connector reads error_code only.
const REQUEST_FORBIDDEN = {
  error_code: 'REQUEST_FORBIDDEN_ERROR',
  message: 'The API key is forbidden to perform this request',
};
// 403 ACCESS_SUSPENDED: error code from the official SDKs' ForbiddenError (xendit-node
// invoice/models/ForbiddenError.ts); the message is illustrative, the connector reads error_code only.
const ACCESS_SUSPENDED = { error_code: 'ACCESS_SUSPENDED', message: 'Access to this account is suspended' };

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
      { environment: 'live', credentials: { secretKey: LIVE_KEY } },
    ],
    invalid: [
      {
        credentials: { secretKey: 'xnd_public_development_T5yU8iO2pA4sD6fG9hJ1kL3zX5cV7bN' },
        field: 'secretKey',
        because: 'a public key',
      },
      {
        credentials: { secretKey: 'sk_test_51HqLyjWDarjtT1zd' },
        field: 'secretKey',
        because: 'not a Xendit key',
      },
      { credentials: {}, field: 'secretKey', because: 'missing' },
      { credentials: { secretKey: TEST_KEY, forUserId: 'x' }, field: 'forUserId', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
    respond: { status: 200, body: BALANCE },
    account: { livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: { secretKey: TEST_KEY } },
    respond: { status: 401, body: INVALID_API_KEY },
  },
  wrongEnvironment: { environment: 'sandbox', credentials: { secretKey: LIVE_KEY } },
});

describe('Xendit verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('reads GET /balance with the key as the Basic username and an empty password', async () => {
    mock.on('GET', '/balance', { status: 200, body: BALANCE });
    expect(await mock.verify({ secretKey: TEST_KEY })).toEqual({ ok: true, account: { livemode: false } });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/balance',
      query: {},
      body: '',
      headers: { authorization: basic(TEST_KEY) },
    });
  });

  it('accepts a live key in the live environment', async () => {
    mock.on('GET', '/balance', { status: 200, body: { balance: 0 } });
    expect(await mock.verify({ secretKey: LIVE_KEY }, 'live')).toEqual({
      ok: true,
      account: { livemode: true },
    });
  });

  it('refuses a test key in live before sending anything', async () => {
    expect(await mock.verify({ secretKey: TEST_KEY }, 'live')).toMatchObject({
      ok: false,
      reason: 'wrong_environment',
      fields: ['secretKey'],
      retryable: false,
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('reports INVALID_API_KEY (401) as invalid credentials', async () => {
    mock.on('GET', '/balance', { status: 401, body: INVALID_API_KEY });
    const result = await mock.verify({ secretKey: TEST_KEY });
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['secretKey'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toContain('Balance');
  });

  it('reports REQUEST_FORBIDDEN_ERROR (403) as a missing permission', async () => {
    mock.on('GET', '/balance', { status: 403, body: REQUEST_FORBIDDEN });
    expect(await mock.verify({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['secretKey'],
      retryable: false,
    });
  });

  it('reports ACCESS_SUSPENDED (403) as an inactive account', async () => {
    mock.on('GET', '/balance', { status: 403, body: ACCESS_SUSPENDED });
    expect(await mock.verify({ secretKey: LIVE_KEY }, 'live')).toMatchObject({
      ok: false,
      reason: 'account_inactive',
      retryable: false,
    });
  });

  it('reports the documented 400 answers as unavailable, without judging the key', async () => {
    for (const error_code of ['API_VALIDATION_ERROR', 'FEATURE_NOT_AVAILABLE']) {
      mock.on('GET', '/balance', {
        status: 400,
        body: { error_code, message: 'Inputs are failing validation' },
      });
      const result = await mock.verify({ secretKey: TEST_KEY });
      expect(result).toMatchObject({ ok: false, reason: 'provider_unavailable' });
      expect(result.ok === false && result.message).toContain(error_code);
    }
  });

  it('reports RATE_LIMIT_EXCEEDED (429) as retryable', async () => {
    mock.on('GET', '/balance', {
      status: 429,
      body: { error_code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests' },
    });
    expect(await mock.verify({ secretKey: TEST_KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('does not trust a 200 without a balance, or a 401/403 without Xendit’s error code', async () => {
    mock.on('GET', '/balance', { status: 200, body: '<html>captive portal</html>' });
    expect(await mock.verify({ secretKey: TEST_KEY })).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('GET', '/balance', { status: 401, body: 'Unauthorized' });
    expect(await mock.verify({ secretKey: TEST_KEY })).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('GET', '/balance', { status: 403, body: { message: 'Forbidden' } });
    expect(await mock.verify({ secretKey: TEST_KEY })).toMatchObject({ reason: 'provider_unavailable' });
  });
});
