import { runVerify } from '@paycore/core';
import { createMockProvider, describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import { INSUFFICIENT_SCOPES, LOCATIONS, squareError, TOKEN, UNAUTHORIZED } from './square-answers.js';

const sandbox = { environment: 'sandbox' as const, credentials: { accessToken: TOKEN } };

// The RetrieveMerchant example in Square's OpenAPI document (RetrieveMerchantResponse.example).
const MERCHANT = {
  merchant: {
    business_name: 'Apple A Day',
    country: 'US',
    created_at: '2021-12-10T19:25:52.484Z',
    currency: 'USD',
    id: 'DM7VKY8Q63GNP',
    language_code: 'en-US',
    main_location_id: '9A65CGC72ZQG1',
    status: 'ACTIVE',
  },
};

// For the other codes only the code is documented; the detail texts below are illustrative.
const EXPIRED = squareError('AUTHENTICATION_ERROR', 'ACCESS_TOKEN_EXPIRED', 'The access token has expired.');
const REVOKED = squareError(
  'AUTHENTICATION_ERROR',
  'ACCESS_TOKEN_REVOKED',
  'The access token has been revoked.',
);

describeConnector(connector, {
  credentials: {
    valid: [
      sandbox,
      { environment: 'live', credentials: { accessToken: TOKEN } },
      { environment: 'live', credentials: { accessToken: 'sq0atp-3NRQq7yVw9MI7xNlE6KCHA' } },
    ],
    invalid: [
      { credentials: {}, field: 'accessToken', because: 'missing' },
      {
        credentials: { accessToken: `Bearer ${TOKEN}` },
        field: 'accessToken',
        because: 'pasted with Bearer',
      },
      { credentials: { accessToken: 'EAAAE-short' }, field: 'accessToken', because: 'too short' },
      {
        credentials: { accessToken: TOKEN, locationId: '9A65CGC72ZQG1' },
        field: 'locationId',
        because: 'unknown field',
      },
    ],
  },
  valid: {
    input: sandbox,
    respond: { status: 200, body: MERCHANT },
    account: { id: 'DM7VKY8Q63GNP', name: 'Apple A Day' },
  },
  invalid: { input: sandbox, respond: { status: 401, body: UNAUTHORIZED } },
  discover: {
    input: sandbox,
    respond: { status: 200, body: LOCATIONS },
    expected: {
      paymentMethods: [
        { method: 'payment_card', currencies: ['USD'] },
        { method: 'americanexpress', currencies: ['USD'] },
        { method: 'discover', currencies: ['USD'] },
        { method: 'dinersclub', currencies: ['USD'] },
        { method: 'jcb', currencies: ['USD'] },
        { method: 'chinaunionpay', currencies: ['USD'] },
      ],
      payoutMethods: [],
    },
  },
});

describe('Square verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = () =>
    runVerify(connector, sandbox, {
      egressOverrides: mock.overridesFor(['connect.squareupsandbox.com', 'connect.squareup.com']),
    });

  it('reads /v2/merchants/me on the sandbox host with the token as a Bearer and a pinned Square-Version', async () => {
    mock.on('GET', '/v2/merchants/me', { status: 200, body: MERCHANT });
    expect(await verify()).toEqual({
      ok: true,
      account: {
        id: 'DM7VKY8Q63GNP',
        name: 'Apple A Day',
        livemode: false,
        country: 'US',
        defaultCurrency: 'USD',
        mainLocationId: '9A65CGC72ZQG1',
      },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/v2/merchants/me',
      headers: { authorization: `Bearer ${TOKEN}`, 'square-version': '2025-08-20' },
      body: '',
    });
  });

  it('calls the production host in live', async () => {
    const live = await createMockProvider();
    try {
      live.on('GET', '/v2/merchants/me', { status: 200, body: MERCHANT });
      const result = await runVerify(
        connector,
        { environment: 'live', credentials: { accessToken: TOKEN } },
        {
          egressOverrides: {
            'https://connect.squareup.com': live.origin,
            'https://connect.squareupsandbox.com': mock.origin,
          },
        },
      );
      expect(result).toMatchObject({ ok: true, account: { id: 'DM7VKY8Q63GNP', livemode: true } });
      expect(live.requests).toHaveLength(1);
      expect(mock.requests).toHaveLength(0);
    } finally {
      await live.close();
    }
  });

  it('reports 401 UNAUTHORIZED as an invalid token, hinting at the other environment', async () => {
    mock.on('GET', '/v2/merchants/me', { status: 401, body: UNAUTHORIZED });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Square refused the access token. Copy the Sandbox access token from Developer Console → your application → Credentials; sandbox and production tokens are different',
      fields: ['accessToken'],
      retryable: false,
    });
  });

  it('reports 401 ACCESS_TOKEN_EXPIRED as an invalid, expired token', async () => {
    mock.on('GET', '/v2/merchants/me', { status: 401, body: EXPIRED });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Square says the access token has expired: refresh the OAuth token or copy a new one from the Developer Console',
      fields: ['accessToken'],
      retryable: false,
    });
  });

  it('reports 401 ACCESS_TOKEN_REVOKED as an invalid, revoked token', async () => {
    mock.on('GET', '/v2/merchants/me', { status: 401, body: REVOKED });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Square says the access token was revoked: authorize the application again or copy a new token from the Developer Console',
      fields: ['accessToken'],
      retryable: false,
    });
  });

  it('reports 403 INSUFFICIENT_SCOPES as insufficient_permissions', async () => {
    mock.on('GET', '/v2/merchants/me', { status: 403, body: INSUFFICIENT_SCOPES });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'insufficient_permissions',
      message:
        'The access token is valid but lacks the MERCHANT_PROFILE_READ permission: authorize the OAuth application again with that scope, or use the personal access token from the Developer Console',
      fields: ['accessToken'],
      retryable: false,
    });
  });

  it('reports a seller whose account is INACTIVE as account_inactive', async () => {
    mock.on('GET', '/v2/merchants/me', {
      status: 200,
      body: { merchant: { ...MERCHANT.merchant, status: 'INACTIVE' } },
    });
    const result = await verify();
    expect(result).toMatchObject({ ok: false, reason: 'account_inactive', retryable: false });
    expect(result.ok === false && result.message).toContain('Apple A Day');
  });

  it('confirms a merchant without a business name', async () => {
    mock.on('GET', '/v2/merchants/me', {
      status: 200,
      body: { merchant: { id: 'DM7VKY8Q63GNP', country: 'GB', business_name: null, status: 'ACTIVE' } },
    });
    expect(await verify()).toEqual({
      ok: true,
      account: { id: 'DM7VKY8Q63GNP', livemode: false, country: 'GB' },
    });
  });

  it('reports RATE_LIMITED and server errors as retryable', async () => {
    mock.on('GET', '/v2/merchants/me', {
      status: 429,
      body: squareError('RATE_LIMIT_ERROR', 'RATE_LIMITED', 'Rate limited.'),
    });
    expect(await verify()).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/v2/merchants/me', {
      status: 503,
      body: squareError('API_ERROR', 'SERVICE_UNAVAILABLE', 'Service unavailable.'),
    });
    expect(await verify()).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 200 without a merchant', async () => {
    mock.on('GET', '/v2/merchants/me', { status: 200, body: '<html>captive portal</html>' });
    expect(await verify()).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/v2/merchants/me', { status: 200, body: { errors: [] } });
    expect(await verify()).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });
});
