import { runVerify } from '@paycore/core';
import { createMockProvider, describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const CLIENT_ID = 'AeA1QIZXiflr1_-r0U2UbWTziOWX1GRQer5jkUq4ZfWT5qwb6qQRPq7jDtv57TL4POEEezGLdutcxnkJ';
const SECRET = 'ECYYrrSHdKfk_Q0EdvzdGkzj58a66kKaUQ5dZAEv4HvvtDId2_DpSuYDB088BZxGuMji7G4OFUnPog6p';
const sandbox = {
  environment: 'sandbox' as const,
  credentials: { clientId: CLIENT_ID, clientSecret: SECRET },
};

// 200 from POST /v1/oauth2/token, as documented (developer.paypal.com/api/rest/authentication/).
const TOKEN = {
  scope:
    'https://uri.paypal.com/services/invoicing https://uri.paypal.com/services/payments/payouts https://uri.paypal.com/services/payments/payment',
  access_token:
    'A21AAFEpH4PsADK7qSS7pSRsgzfENtu-Q1ysgEDVDESseMHBYXVJYE8ovjj68elIDy8nF26AwPhfXTIeWAZHSLIsQkSYz9ifg',
  token_type: 'Bearer',
  app_id: 'APP-80W284485P519543T',
  expires_in: 32400,
  nonce: '2020-04-03T15:35:36ZaYZlGvEkV4yVSz8g6bAKFoGSEzuy3CQcz3ljhibkOHg',
};
// The one request both hooks send: the client-credentials token call with Basic authentication.
const TOKEN_REQUEST = {
  method: 'POST',
  path: '/v1/oauth2/token',
  query: {},
  body: 'grant_type=client_credentials',
  headers: {
    authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64')}`,
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  },
};
// 401 for a wrong Client ID or Secret, or credentials of the other environment.
const INVALID_CLIENT = { error: 'invalid_client', error_description: 'Client Authentication failed' };

// What the token above grants: PayPal payments, and payouts to PayPal accounts.
const PAYPAL_AND_PAYOUTS = {
  paymentMethods: [{ method: 'paypal' }],
  payoutMethods: [
    { method: 'paypal' },
    { method: 'paypal_email' },
    { method: 'paypal_phone' },
    { method: 'paypal_id' },
  ],
};
// The scope list of the sample token response in PayPal's authentication guide (as public copies of
// it quote it): payments by capture and real-time payment, payouts as `…/payments/payouts` (the
// spelling of payments_payouts_batch_v1.json in github.com/paypal/paypal-rest-api-specifications),
// and scopes that name no method. Each method-bearing scope is in PayPal's official OpenAPI files.
const DEFAULT_APP_SCOPE = [
  'https://uri.paypal.com/services/invoicing',
  'https://uri.paypal.com/services/disputes/read-buyer',
  'https://uri.paypal.com/services/payments/realtimepayment',
  'https://uri.paypal.com/services/disputes/update-seller',
  'https://uri.paypal.com/services/payments/payment/authcapture',
  'openid',
  'https://uri.paypal.com/services/disputes/read-seller',
  'https://uri.paypal.com/services/payments/refund',
  'https://api-m.paypal.com/v1/vault/credit-card',
  'https://api-m.paypal.com/v1/payments/.*',
  'https://uri.paypal.com/payments/payouts',
  'https://api-m.paypal.com/v1/vault/credit-card/.*',
  'https://uri.paypal.com/services/subscriptions',
  'https://uri.paypal.com/services/applications/webhooks',
].join(' ');

describeConnector(connector, {
  credentials: {
    valid: [sandbox, { environment: 'live', credentials: { clientId: CLIENT_ID, clientSecret: SECRET } }],
    invalid: [
      { credentials: { clientId: CLIENT_ID }, field: 'clientSecret', because: 'missing' },
      { credentials: { clientId: 'short', clientSecret: SECRET }, field: 'clientId', because: 'too short' },
      {
        credentials: { clientId: CLIENT_ID, clientSecret: 'has spaces in it and is wrong!!' },
        field: 'clientSecret',
      },
    ],
  },
  valid: {
    input: sandbox,
    respond: { status: 200, body: TOKEN },
    account: { id: 'APP-80W284485P519543T', payoutsEnabled: true },
  },
  invalid: { input: sandbox, respond: { status: 401, body: INVALID_CLIENT } },
  discover: { input: sandbox, respond: { status: 200, body: TOKEN }, expected: PAYPAL_AND_PAYOUTS },
});

describe('PayPal verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials: sandbox.credentials },
      {
        egressOverrides: mock.overridesFor(['api-m.sandbox.paypal.com', 'api-m.paypal.com']),
      },
    );

  it('posts grant_type=client_credentials with Basic auth to the sandbox host and keeps no token', async () => {
    mock.on('POST', '/v1/oauth2/token', { status: 200, body: TOKEN });
    const result = await verify();
    expect(result).toEqual({
      ok: true,
      account: { id: 'APP-80W284485P519543T', livemode: false, payoutsEnabled: true },
    });
    expect(JSON.stringify(result)).not.toContain(TOKEN.access_token);
    const [request] = mock.requests;
    expect(request).toMatchObject(TOKEN_REQUEST);
  });

  it('uses the live host in live', async () => {
    const live = await createMockProvider();
    const sandboxHits = mock.requests;
    live.on('POST', '/v1/oauth2/token', { status: 200, body: TOKEN });
    try {
      const result = await runVerify(
        connector,
        { environment: 'live', credentials: sandbox.credentials },
        {
          egressOverrides: {
            'https://api-m.paypal.com': live.origin,
            'https://api-m.sandbox.paypal.com': mock.origin,
          },
        },
      );
      expect(result).toMatchObject({ ok: true, account: { livemode: true } });
      expect(live.requests).toHaveLength(1);
      expect(sandboxHits).toHaveLength(0);
    } finally {
      await live.close();
    }
  });

  it('explains that a 401 may mean credentials from the other environment', async () => {
    mock.on('POST', '/v1/oauth2/token', { status: 401, body: INVALID_CLIENT });
    const result = await verify();
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['clientId', 'clientSecret'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toMatch(
      /Client Authentication failed.*Sandbox tab, not the Live tab/,
    );
  });

  it('reports a token without payouts scope as connected, payouts not enabled', async () => {
    mock.on('POST', '/v1/oauth2/token', {
      status: 200,
      body: { ...TOKEN, scope: 'https://uri.paypal.com/services/payments/payment' },
    });
    expect(await verify()).toMatchObject({ ok: true, account: { payoutsEnabled: false } });
  });

  it('reads payouts from the scope as PayPal\u2019s Payouts API spells it too', async () => {
    mock.on('POST', '/v1/oauth2/token', { status: 200, body: { ...TOKEN, scope: DEFAULT_APP_SCOPE } });
    expect(await verify()).toMatchObject({ ok: true, account: { payoutsEnabled: true } });
  });

  it('treats a 200 without an access token as an unexpected answer, not a success', async () => {
    mock.on('POST', '/v1/oauth2/token', { status: 200, body: { nonce: 'x' } });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('POST', '/v1/oauth2/token', {
      status: 429,
      body: { name: 'RATE_LIMIT_REACHED', message: 'Too many requests. Blocked due to rate limiting.' },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});

describe('PayPal discover, per documented response', () => {
  const mock = useMockProvider(connector);
  const discover = () => mock.discover(sandbox.credentials);
  const token = (scope: string) => ({ status: 200, body: { ...TOKEN, scope } });

  it('reads the scopes of a client-credentials token, the only account answer these credentials get', async () => {
    mock.on('POST', '/v1/oauth2/token', token(DEFAULT_APP_SCOPE));
    const outcome = await discover();
    expect(outcome).toEqual({ ok: true, discovered: PAYPAL_AND_PAYOUTS });
    expect(JSON.stringify(outcome)).not.toContain(TOKEN.access_token);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject(TOKEN_REQUEST);
  });

  it('reports an app without payouts as PayPal payments only', async () => {
    mock.on('POST', '/v1/oauth2/token', token('https://uri.paypal.com/services/payments/payment openid'));
    expect(await discover()).toEqual({
      ok: true,
      discovered: { paymentMethods: [{ method: 'paypal' }], payoutMethods: [] },
    });
  });

  it('reports an app granted nothing that takes or sends money as no methods', async () => {
    mock.on(
      'POST',
      '/v1/oauth2/token',
      token(
        'openid https://uri.paypal.com/services/invoicing https://uri.paypal.com/services/applications/webhooks',
      ),
    );
    expect(await discover()).toEqual({ ok: true, discovered: { paymentMethods: [], payoutMethods: [] } });
  });

  it('reports refused credentials as invalid_credentials', async () => {
    mock.on('POST', '/v1/oauth2/token', { status: 401, body: INVALID_CLIENT });
    expect(await discover()).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['clientId', 'clientSecret'],
      retryable: false,
    });
  });

  it('reports rate limiting, server errors and a token-less 200 as retryable', async () => {
    mock.on('POST', '/v1/oauth2/token', {
      status: 429,
      body: { name: 'RATE_LIMIT_REACHED', message: 'Too many requests. Blocked due to rate limiting.' },
    });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/v1/oauth2/token', { status: 503 });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/v1/oauth2/token', { status: 200, body: { nonce: 'x' } });
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
