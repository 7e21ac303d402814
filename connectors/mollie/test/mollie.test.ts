import { runVerify } from '@paycore/core';
import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import { HAL, LIVE_KEY, RATE_LIMITED, TEST_KEY, TWO_METHODS, UNAUTHORIZED } from './mollie-answers.js';

// 200 of GET /v2/profiles/me: the example of Mollie's OpenAPI document (get-current-profile-200-1),
// in test mode; LIVE_PROFILE is the example as published.
const LIVE_PROFILE = {
  resource: 'profile',
  id: 'pfl_85dxyKqNHa',
  mode: 'live',
  name: 'Jonas Test BV',
  website: 'https://example.com',
  email: 'test@mollie.com',
  phone: '+31612345678',
  businessCategory: 'MONEY_SERVICES',
  status: 'verified',
  createdAt: '2021-12-08T15:42:58+00:00',
  _links: {
    dashboard: {
      href: 'https://www.mollie.com/dashboard/org_13514547/settings/profiles/pfl_85dxyKqNHa',
      type: 'text/html',
    },
    checkoutPreviewUrl: { href: 'https://www.mollie.com/checkout/preview/pfl_85dxyKqNHa', type: 'text/html' },
  },
};
const TEST_PROFILE = { ...LIVE_PROFILE, mode: 'test' };

const sandbox = { environment: 'sandbox' as const, credentials: { apiKey: TEST_KEY } };

describeConnector(connector, {
  credentials: {
    valid: [sandbox, { environment: 'live', credentials: { apiKey: LIVE_KEY } }],
    invalid: [
      {
        credentials: { apiKey: 'access_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' },
        field: 'apiKey',
        because: 'an organization access token',
      },
      { credentials: { apiKey: 'test_dHar4XY7Lx' }, field: 'apiKey', because: 'too short' },
      { credentials: { apiKey: 'pfl_85dxyKqNHa' }, field: 'apiKey', because: 'a profile id' },
      { credentials: {}, field: 'apiKey', because: 'missing' },
    ],
  },
  valid: {
    input: sandbox,
    respond: { status: 200, headers: HAL, body: TEST_PROFILE },
    account: { id: 'pfl_85dxyKqNHa', name: 'Jonas Test BV', livemode: false },
  },
  invalid: { input: sandbox, respond: { status: 401, headers: HAL, body: UNAUTHORIZED } },
  wrongEnvironment: { environment: 'sandbox', credentials: { apiKey: LIVE_KEY } },
  discover: {
    input: sandbox,
    respond: { status: 200, headers: HAL, body: TWO_METHODS },
    expected: { paymentMethods: [{ method: 'payment_card' }, { method: 'ideal' }], payoutMethods: [] },
  },
});

describe('Mollie verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (apiKey: string, environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials: { apiKey } },
      { egressOverrides: mock.overridesFor(['api.mollie.com']) },
    );

  it('sends GET /v2/profiles/me with the key as a Bearer token and reports the profile', async () => {
    mock.on('GET', '/v2/profiles/me', { status: 200, headers: HAL, body: TEST_PROFILE });
    expect(await verify(TEST_KEY)).toEqual({
      ok: true,
      account: {
        id: 'pfl_85dxyKqNHa',
        name: 'Jonas Test BV',
        email: 'test@mollie.com',
        livemode: false,
        website: 'https://example.com',
        status: 'verified',
      },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/v2/profiles/me',
      query: {},
      body: '',
      headers: { authorization: `Bearer ${TEST_KEY}`, accept: 'application/hal+json' },
    });
  });

  it('accepts a live key of a verified profile in live', async () => {
    mock.on('GET', '/v2/profiles/me', { status: 200, headers: HAL, body: LIVE_PROFILE });
    expect(await verify(LIVE_KEY, 'live')).toMatchObject({
      ok: true,
      account: { id: 'pfl_85dxyKqNHa', livemode: true },
    });
  });

  it('refuses a test key in live (and a live key in sandbox) before sending anything', async () => {
    expect(await verify(TEST_KEY, 'live')).toEqual({
      ok: false,
      reason: 'wrong_environment',
      message:
        'This is a test API key; use the live API key (live_…) of the profile for the live environment',
      fields: ['apiKey'],
      retryable: false,
    });
    expect(await verify(LIVE_KEY, 'sandbox')).toMatchObject({ reason: 'wrong_environment' });
    expect(mock.requests).toHaveLength(0);
  });

  it('treats a profile whose mode disagrees with the key as the wrong environment', async () => {
    mock.on('GET', '/v2/profiles/me', { status: 200, headers: HAL, body: LIVE_PROFILE });
    expect(await verify(TEST_KEY)).toMatchObject({
      ok: false,
      reason: 'wrong_environment',
      fields: ['apiKey'],
    });
  });

  it('reports a wrong key (401 Unauthorized Request) as invalid, with Mollie’s detail', async () => {
    mock.on('GET', '/v2/profiles/me', { status: 401, headers: HAL, body: UNAUTHORIZED });
    expect(await verify(TEST_KEY)).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Mollie refused the API key (Missing authentication, or failed to authenticate). Copy the test API key again from Developers → API keys; a key that was regenerated stops working',
      fields: ['apiKey'],
      retryable: false,
    });
  });

  it('reports a blocked profile as inactive', async () => {
    mock.on('GET', '/v2/profiles/me', {
      status: 200,
      headers: HAL,
      body: { ...LIVE_PROFILE, status: 'blocked' },
    });
    expect(await verify(LIVE_KEY, 'live')).toEqual({
      ok: false,
      reason: 'account_inactive',
      message:
        'Mollie has blocked the website profile Jonas Test BV: it can no longer take payments. Contact Mollie support',
      retryable: false,
    });
  });

  it('reports an unverified profile as inactive in live, but connects it in test mode', async () => {
    mock.on('GET', '/v2/profiles/me', {
      status: 200,
      headers: HAL,
      body: { ...LIVE_PROFILE, status: 'unverified' },
    });
    const live = await verify(LIVE_KEY, 'live');
    expect(live).toMatchObject({ ok: false, reason: 'account_inactive', retryable: false });
    expect(live.ok === false && live.message).toContain('test payments only');

    mock.on('GET', '/v2/profiles/me', {
      status: 200,
      headers: HAL,
      body: { ...TEST_PROFILE, status: 'unverified' },
    });
    expect(await verify(TEST_KEY)).toMatchObject({ ok: true, account: { status: 'unverified' } });
  });

  it('reports a 403 Forbidden as a permission problem', async () => {
    mock.on('GET', '/v2/profiles/me', {
      status: 403,
      headers: HAL,
      body: {
        status: 403,
        title: 'Forbidden',
        detail: 'You do not have access to the requested resource',
        _links: { documentation: { href: 'https://docs.mollie.com/errors', type: 'text/html' } },
      },
    });
    expect(await verify(TEST_KEY)).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['apiKey'],
      retryable: false,
    });
  });

  it('reports the documented 429 rate limit as retryable', async () => {
    mock.on('GET', '/v2/profiles/me', { status: 429, headers: HAL, body: RATE_LIMITED });
    expect(await verify(TEST_KEY)).toEqual({
      ok: false,
      reason: 'provider_unavailable',
      message: 'Mollie is rate-limiting requests; try again in a minute',
      retryable: true,
    });
  });

  it('does not trust a 200 that is not a profile', async () => {
    mock.on('GET', '/v2/profiles/me', { status: 200, body: '<html>captive portal</html>' });
    expect(await verify(TEST_KEY)).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });
});
