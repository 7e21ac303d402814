import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const CLIENT_ID = 'gbjus7dgse0sq2tut807ra3uqo03tmoclvyczicahra42.apps.vivapayments.com';
const SECRET = 'Vz4xnT9pQ2sR7mK1';
const credentials = { clientId: CLIENT_ID, clientSecret: SECRET };
const BASIC = `Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64')}`;

// 200 from POST /connect/token, as in Viva's "Use OAuth 2.0 authentication" tutorial
// (developer.vivawallet.com/tutorials/api-configuration/use-oauth-2-authentication).
const TOKEN = {
  access_token:
    'eyJhbGciOiJSUzI1NiIsImtpZCI6IjBEOEZCOEQ2RURFQ0Y1Qzk3RUY1MjdDMDYxNkJCMjMzM0FCNjVGOUZSUzI1NiIsInR5cCI6ImF0K2p3dCI',
  expires_in: 3600,
  token_type: 'Bearer',
  scope: 'urn:viva:payments:core:api:redirectcheckout',
};

// 400 for unknown client credentials: the OAuth 2.0 error answer (RFC 6749 §5.2) of Viva's
// IdentityServer token endpoint.
const INVALID_CLIENT = { error: 'invalid_client' };

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials },
      { environment: 'live', credentials },
    ],
    invalid: [
      { credentials: { clientId: CLIENT_ID }, field: 'clientSecret', because: 'missing' },
      {
        credentials: { clientId: '96cb5a07-48ce-4d81-876d-a6c3df8dbd16', clientSecret: SECRET },
        field: 'clientId',
        because: 'a Merchant ID, not a Smart Checkout Client ID',
      },
      { credentials: { clientId: CLIENT_ID, clientSecret: '' }, field: 'clientSecret', because: 'empty' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials },
    respond: { status: 200, body: TOKEN },
    account: { livemode: false, scope: TOKEN.scope },
  },
  invalid: {
    input: { environment: 'sandbox', credentials },
    respond: { status: 400, body: INVALID_CLIENT },
  },
});

describe('Viva Wallet verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('asks the accounts host for a client-credentials token with Basic auth and keeps no token', async () => {
    mock.on('POST', '/connect/token', { status: 200, body: TOKEN });
    const result = await mock.verify(credentials, 'live');
    expect(result).toEqual({ ok: true, account: { livemode: true, scope: TOKEN.scope } });
    expect(JSON.stringify(result)).not.toContain(TOKEN.access_token);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'POST',
      path: '/connect/token',
      body: 'grant_type=client_credentials',
      headers: {
        authorization: BASIC,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
    });
  });

  it('reports invalid_client as invalid credentials and names the account to copy them from', async () => {
    mock.on('POST', '/connect/token', { status: 400, body: INVALID_CLIENT });
    const result = await mock.verify(credentials);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['clientId', 'clientSecret'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toMatch(/invalid_client.*demo account/);
  });

  it('reports a 401 from the token endpoint as invalid credentials', async () => {
    mock.on('POST', '/connect/token', { status: 401, body: '' });
    expect(await mock.verify(credentials, 'live')).toMatchObject({ reason: 'invalid_credentials' });
  });

  it('reports unauthorized_client (credentials not allowed this grant) as a permission problem', async () => {
    mock.on('POST', '/connect/token', { status: 400, body: { error: 'unauthorized_client' } });
    expect(await mock.verify(credentials)).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['clientId'],
    });
  });

  it('does not blame the credentials for another 400 (invalid_request)', async () => {
    mock.on('POST', '/connect/token', { status: 400, body: { error: 'invalid_request' } });
    expect(await mock.verify(credentials)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('reports rate limiting and server errors as retryable', async () => {
    mock.on('POST', '/connect/token', { status: 429, body: '' });
    expect(await mock.verify(credentials)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/connect/token', { status: 500, body: '' });
    expect(await mock.verify(credentials)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 200 without a bearer token', async () => {
    mock.on('POST', '/connect/token', { status: 200, body: { expires_in: 3600 } });
    expect(await mock.verify(credentials)).toMatchObject({ ok: false, reason: 'provider_unavailable' });
  });
});
