import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const CLIENT_ID = 'hFxj5Pk2S3CMxk2L7lXnVw';
const API_KEY = '1b2c9e1f8d0a4c7e9b3f5a6d2e8c4b1a7f9e3d5c2b8a6f4e1d7c9b3a5e2f8d4c6b1a9e7f3d';
const credentials = { clientId: CLIENT_ID, apiKey: API_KEY };

// 201 from POST /api/v1/authentication/login, as in Airwallex's API reference example
// (airwallex.com/docs/api, Get started / API Access Token).
const LOGIN = {
  token: 'eyJhbGciOiJIUzI1NiJ9.eyJ0eXBlIjoiY2xpZW50In0.c2lnbmF0dXJl',
  expires_at: '2026-05-12T00:00:00+0000',
};

// 401: Airwallex's error envelope { code, message } with the code and message its error-code table
// documents for HTTP 401 (airwallex.com/docs/payments__error-codes).
const UNAUTHORIZED = { code: 'unauthorized', message: 'Access denied, authentication failed' };

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials },
      { environment: 'live', credentials },
    ],
    invalid: [
      { credentials: { clientId: CLIENT_ID }, field: 'apiKey', because: 'missing' },
      { credentials: { clientId: '', apiKey: API_KEY }, field: 'clientId', because: 'empty' },
      { credentials: { ...credentials, loginAs: 'acct_1' }, field: 'loginAs', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials },
    respond: { status: 201, body: LOGIN },
    account: { livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials },
    respond: { status: 401, body: UNAUTHORIZED },
  },
});

describe('Airwallex verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('logs in with x-client-id and x-api-key and keeps no token', async () => {
    mock.on('POST', '/api/v1/authentication/login', { status: 201, body: LOGIN });
    const result = await mock.verify(credentials, 'live');
    expect(result).toEqual({ ok: true, account: { livemode: true } });
    expect(JSON.stringify(result)).not.toContain(LOGIN.token);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/authentication/login',
      body: '',
      headers: {
        'x-client-id': CLIENT_ID,
        'x-api-key': API_KEY,
        'content-type': 'application/json',
        accept: 'application/json',
      },
    });
    expect(mock.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('reports a 401 as invalid credentials and names the web app to copy them from', async () => {
    mock.on('POST', '/api/v1/authentication/login', { status: 401, body: UNAUTHORIZED });
    const result = await mock.verify(credentials);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['clientId', 'apiKey'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toMatch(
      /Access denied, authentication failed.*demo web app/,
    );
  });

  it('reports a 403 as a permission problem of the API key', async () => {
    // 403 per Airwallex's Errors page ("denied due to insufficient permissions"); the body is its
    // usual envelope, since the page gives none for this call.
    mock.on('POST', '/api/v1/authentication/login', {
      status: 403,
      body: { code: 'forbidden', message: 'The request was denied due to insufficient permissions' },
    });
    expect(await mock.verify(credentials)).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['apiKey'],
    });
  });

  it('does not blame the credentials for a 400 (incomplete or malformed request)', async () => {
    // Only the status and its meaning are documented for the login; the body is illustrative.
    mock.on('POST', '/api/v1/authentication/login', {
      status: 400,
      body: { code: 'validation_error', message: 'x-client-id must be provided' },
    });
    expect(await mock.verify(credentials)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('reports rate limiting and server errors as retryable', async () => {
    mock.on('POST', '/api/v1/authentication/login', { status: 429, body: { code: 'too_many_requests' } });
    expect(await mock.verify(credentials)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/api/v1/authentication/login', {
      status: 500,
      body: {
        code: 'service_unavailable',
        message: 'The system is temporarily unavailable. Please try again later.',
      },
    });
    expect(await mock.verify(credentials)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 201 without a token', async () => {
    mock.on('POST', '/api/v1/authentication/login', { status: 201, body: { expires_at: LOGIN.expires_at } });
    expect(await mock.verify(credentials)).toMatchObject({ ok: false, reason: 'provider_unavailable' });
  });
});
