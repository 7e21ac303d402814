import { runVerify } from '@paycore/core';
import { createMockProvider, describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const SANDBOX_TOKEN = 'sandbox_Qk3n0Xr7VbT2yLw9-HsJ4dF8mZc1Pq6_GuE5aN0o';
const LIVE_TOKEN = 'live_Qk3n0Xr7VbT2yLw9-HsJ4dF8mZc1Pq6_GuE5aN0o';
const sandbox = { environment: 'sandbox' as const, credentials: { accessToken: SANDBOX_TOKEN } };

// 200 from GET /creditors?limit=1: the list envelope of the API reference, with the creditor
// fields typed in gocardless/gocardless-nodejs src/types/Types.ts (Creditor).
const CREDITORS = {
  creditors: [
    {
      id: 'CR000123ABCDEF',
      created_at: '2024-02-16T12:34:56.000Z',
      name: 'Acme Gym Ltd',
      address_line1: '338-346 Goswell Road',
      city: 'London',
      postal_code: 'EC1V 7LQ',
      country_code: 'GB',
      creditor_type: 'company',
      verification_status: 'successful',
      can_create_refunds: false,
      scheme_identifiers: [],
      links: { default_gbp_payout_account: 'BA000123' },
    },
  ],
  meta: { cursors: { before: null, after: null }, limit: 1 },
};

// 401 for an unknown or revoked token, as in research/provider-apis.md (SDK fixture, [sdk]).
const UNAUTHORIZED = {
  error: {
    message: 'Unauthorized',
    documentation_url: 'https://developer.gocardless.com/api-reference#unauthorized',
    type: 'invalid_api_usage',
    errors: [{ reason: 'unauthorized', message: 'Unauthorized' }],
    code: 401,
    request_id: '0AA4000DECCD_AC121CEB1F90_5BE18701_19AD0009',
  },
};

describeConnector(connector, {
  credentials: {
    valid: [sandbox, { environment: 'live', credentials: { accessToken: LIVE_TOKEN } }],
    invalid: [
      { credentials: {}, field: 'accessToken', because: 'missing' },
      {
        credentials: { accessToken: 'test_Qk3n0Xr7VbT2yLw9HsJ4dF8m' },
        field: 'accessToken',
        because: 'no sandbox_ or live_ prefix',
      },
      { credentials: { accessToken: 'sandbox_' }, field: 'accessToken', because: 'only the prefix' },
      {
        credentials: { accessToken: 'sandbox_Qk3n0Xr7 VbT2yLw9' },
        field: 'accessToken',
        because: 'contains a space',
      },
    ],
  },
  valid: {
    input: sandbox,
    respond: { status: 200, body: CREDITORS },
    account: { id: 'CR000123ABCDEF', name: 'Acme Gym Ltd' },
  },
  invalid: { input: sandbox, respond: { status: 401, body: UNAUTHORIZED } },
  wrongEnvironment: { environment: 'sandbox', credentials: { accessToken: LIVE_TOKEN } },
});

describe('GoCardless verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (accessToken = SANDBOX_TOKEN, environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials: { accessToken } },
      { egressOverrides: mock.overridesFor(['api-sandbox.gocardless.com', 'api.gocardless.com']) },
    );

  it('lists one creditor with the token as Bearer and the required GoCardless-Version', async () => {
    mock.on('GET', '/creditors', { status: 200, body: CREDITORS });
    expect(await verify()).toEqual({
      ok: true,
      account: {
        id: 'CR000123ABCDEF',
        name: 'Acme Gym Ltd',
        livemode: false,
        country: 'GB',
        verificationStatus: 'successful',
      },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/creditors',
      query: { limit: '1' },
      body: '',
      headers: {
        authorization: `Bearer ${SANDBOX_TOKEN}`,
        'gocardless-version': '2015-07-06',
        accept: 'application/json',
      },
    });
  });

  it('uses the live host for a live_ token in live', async () => {
    const live = await createMockProvider();
    live.on('GET', '/creditors', { status: 200, body: CREDITORS });
    try {
      const result = await runVerify(
        connector,
        { environment: 'live', credentials: { accessToken: LIVE_TOKEN } },
        {
          egressOverrides: {
            'https://api.gocardless.com': live.origin,
            'https://api-sandbox.gocardless.com': mock.origin,
          },
        },
      );
      expect(result).toMatchObject({ ok: true, account: { livemode: true } });
      expect(live.requests).toHaveLength(1);
      expect(mock.requests).toHaveLength(0);
    } finally {
      await live.close();
    }
  });

  it('refuses a sandbox_ token in live before sending anything', async () => {
    expect(await verify(SANDBOX_TOKEN, 'live')).toEqual({
      ok: false,
      reason: 'wrong_environment',
      message:
        'This is a sandbox access token; use a token starting with live_ from manage.gocardless.com for the live environment',
      fields: ['accessToken'],
      retryable: false,
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('reports the documented 401 as invalid credentials', async () => {
    mock.on('GET', '/creditors', { status: 401, body: UNAUTHORIZED });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'GoCardless refused the access token (Unauthorized). Copy it again from manage-sandbox.gocardless.com; a revoked token cannot be restored',
      fields: ['accessToken'],
      retryable: false,
    });
  });

  it('says when the token has been disabled (401 access_token_not_active)', async () => {
    // Same envelope; the reason is one of the documented error reasons ("The access token you
    // are using has been disabled").
    mock.on('GET', '/creditors', {
      status: 401,
      body: {
        error: {
          ...UNAUTHORIZED.error,
          message: 'Access token not active',
          errors: [{ reason: 'access_token_not_active', message: 'Access token not active' }],
        },
      },
    });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'GoCardless refused the access token: it has been disabled. Create a new one under Developers in manage-sandbox.gocardless.com',
      fields: ['accessToken'],
      retryable: false,
    });
  });

  it('reports a 403 as insufficient_permissions, not invalid', async () => {
    // The SDK maps every 403 to PermissionsError (src/errors.ts); insufficient_permissions is the
    // documented reason for a token whose scope does not allow the action.
    mock.on('GET', '/creditors', {
      status: 403,
      body: {
        error: {
          message: 'Insufficient permissions',
          documentation_url: 'https://developer.gocardless.com/api-reference#insufficient_permissions',
          type: 'invalid_api_usage',
          errors: [{ reason: 'insufficient_permissions', message: 'Insufficient permissions' }],
          code: 403,
          request_id: '0AA4000DECCD_AC121CEB1F90_5BE18701_19AD0010',
        },
      },
    });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'insufficient_permissions',
      message:
        'The access token is valid but GoCardless does not let it read creditors (insufficient_permissions). Create a token with Read-only or Read-write access under Developers',
      fields: ['accessToken'],
      retryable: false,
    });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('GET', '/creditors', {
      status: 429,
      body: {
        error: {
          message: 'Rate limit exceeded',
          type: 'invalid_api_usage',
          errors: [{ reason: 'rate_limit_exceeded', message: 'Rate limit exceeded' }],
          code: 429,
        },
      },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('accepts an organisation without creditors yet, with no account id', async () => {
    mock.on('GET', '/creditors', { status: 200, body: { ...CREDITORS, creditors: [] } });
    expect(await verify()).toEqual({ ok: true, account: { livemode: false } });
  });

  it('does not trust a 200 that is not a creditor list', async () => {
    mock.on('GET', '/creditors', { status: 200, body: '<html>maintenance</html>' });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
