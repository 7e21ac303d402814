import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// Made-up keys: a UUID login (RozetkaPay's logins are its older API's API_KEY, a UUID) and a password.
const CREDENTIALS = { login: '7d1f0c52-3a4e-4b8f-9e21-5c6d7e8f9a0b', password: 'Qm4zT8vLr2' };
const PATH = '/api/merchants/v1/me';
const basic = `Basic ${Buffer.from(`${CREDENTIALS.login}:${CREDENTIALS.password}`).toString('base64')}`;

// "Validate merchant keys" (GET /api/merchants/v1/me) in RozetkaPay's API reference: the success
// body is an object whose `status` allows only "activated"; errors are an object with a `code`
// from the API's code list (authorization_failed, access_not_allowed, internal_error, …) and a
// message. The messages here are illustrative; the connector reads `status` and `code` only.
const ACTIVATED = { status: 'activated' };
const AUTHORIZATION_FAILED = { code: 'authorization_failed', message: 'Authorization failed' };
const ACCESS_NOT_ALLOWED = { code: 'access_not_allowed', message: 'Access not allowed' };

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: CREDENTIALS },
      { environment: 'live', credentials: CREDENTIALS },
    ],
    invalid: [
      { credentials: { ...CREDENTIALS, login: '' }, field: 'login', because: 'empty' },
      { credentials: { login: CREDENTIALS.login }, field: 'password', because: 'missing' },
      { credentials: { ...CREDENTIALS, posId: '1' }, field: 'posId', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'live', credentials: CREDENTIALS },
    respond: { status: 200, body: ACTIVATED },
    account: { id: CREDENTIALS.login, livemode: true },
  },
  invalid: {
    input: { environment: 'live', credentials: CREDENTIALS },
    respond: { status: 401, body: AUTHORIZATION_FAILED },
  },
  // No wrongEnvironment sample: test and live keys look alike and share one host.
});

describe('RozetkaPay verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('sends Validate merchant keys with HTTP Basic and reads "activated" as valid keys', async () => {
    mock.on('GET', PATH, { status: 200, body: ACTIVATED });
    expect(await mock.verify(CREDENTIALS, 'sandbox')).toEqual({
      ok: true,
      account: { id: CREDENTIALS.login, livemode: false },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: PATH,
      query: {},
      body: '',
      headers: { authorization: basic },
    });
  });

  it('reports authorization_failed as invalid credentials, whatever status carries it', async () => {
    for (const status of [400, 401, 403]) {
      mock.on('GET', PATH, { status, body: AUTHORIZATION_FAILED });
      expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({
        ok: false,
        reason: 'invalid_credentials',
        fields: ['login', 'password'],
        retryable: false,
      });
    }
  });

  it('reports access_not_allowed as a missing permission', async () => {
    mock.on('GET', PATH, { status: 403, body: ACCESS_NOT_ALLOWED });
    expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      retryable: false,
    });
  });

  it('reports a blocked or onboarding merchant as an inactive account', async () => {
    for (const status of ['blocked', 'onboarding']) {
      mock.on('GET', PATH, { status: 200, body: { status } });
      expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({
        ok: false,
        reason: 'account_inactive',
        retryable: false,
      });
    }
  });

  it('reports internal_error, 429 and 5xx as retryable', async () => {
    mock.on('GET', PATH, { status: 500, body: { code: 'internal_error', message: 'Internal error' } });
    expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    for (const status of [429, 503]) {
      mock.on('GET', PATH, { status, body: {} });
      expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({
        reason: 'provider_unavailable',
        retryable: true,
      });
    }
  });

  it('does not trust a 200 without a known status, or an error without RozetkaPay’s code', async () => {
    mock.on('GET', PATH, { status: 200, body: '<html>captive portal</html>' });
    expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('GET', PATH, { status: 401, body: 'Unauthorized' });
    expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('GET', PATH, { status: 400, body: { code: 'request_failed', message: 'Request failed' } });
    expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({ reason: 'provider_unavailable' });
  });
});
