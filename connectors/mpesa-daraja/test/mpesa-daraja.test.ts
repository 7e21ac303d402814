import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const KEY = 'GvzjNnYgNJtwgwfLBkZh65VPwfuKvs0V';
const SECRET = 'oOpJICRVlyrGSAkM';
const credentials = { consumerKey: KEY, consumerSecret: SECRET };
const BASIC = `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`;

// 200 from GET /oauth/v1/generate in the shape Daraja's Authorization API documents
// (developer.safaricom.co.ke/apis/Authorization): a token and `expires_in`, a string of seconds.
const TOKEN = { access_token: 'c9SQxWWhmdVRlyh0zh8gZDTkubVF', expires_in: '3599' };

// 400 for a Basic header Daraja does not accept, as the API answers a wrong key or secret (Daraja's
// error envelope { requestId, errorCode, errorMessage }; reported in martinmogusu/django-daraja#3
// and safaricom/LNMOnlineAndroidSample#17 for the envelope).
const INVALID_AUTHENTICATION = {
  requestId: '16940-34747786-1',
  errorCode: '400.008.01',
  errorMessage: 'Invalid Authentication passed',
};

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials },
      { environment: 'live', credentials },
    ],
    invalid: [
      { credentials: { consumerKey: KEY }, field: 'consumerSecret', because: 'missing' },
      { credentials: { consumerKey: '', consumerSecret: SECRET }, field: 'consumerKey', because: 'empty' },
      { credentials: { ...credentials, shortcode: '600111' }, field: 'shortcode', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials },
    respond: { status: 200, body: TOKEN },
    account: { livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials },
    respond: { status: 400, body: INVALID_AUTHENTICATION },
  },
});

describe('M-Pesa Daraja verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('asks for a client-credentials token with Basic auth and keeps no token', async () => {
    mock.on('GET', '/oauth/v1/generate', { status: 200, body: TOKEN });
    const result = await mock.verify(credentials, 'live');
    expect(result).toEqual({ ok: true, account: { livemode: true } });
    expect(JSON.stringify(result)).not.toContain(TOKEN.access_token);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/oauth/v1/generate',
      query: { grant_type: 'client_credentials' },
      body: '',
      headers: { authorization: BASIC, accept: 'application/json' },
    });
  });

  it('reports Daraja’s 400.008.01 as invalid credentials on both fields', async () => {
    mock.on('GET', '/oauth/v1/generate', { status: 400, body: INVALID_AUTHENTICATION });
    const result = await mock.verify(credentials);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['consumerKey', 'consumerSecret'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toMatch(/Invalid Authentication passed.*sandbox app/);
  });

  it('reports a 401 from the token endpoint as invalid credentials', async () => {
    mock.on('GET', '/oauth/v1/generate', { status: 401, body: '' });
    expect(await mock.verify(credentials, 'live')).toMatchObject({
      reason: 'invalid_credentials',
      fields: ['consumerKey', 'consumerSecret'],
    });
  });

  it('does not blame the credentials for another 400 (400.008.02, invalid grant type)', async () => {
    mock.on('GET', '/oauth/v1/generate', {
      status: 400,
      body: {
        requestId: '16940-34747786-2',
        errorCode: '400.008.02',
        errorMessage: 'Invalid grant type passed',
      },
    });
    expect(await mock.verify(credentials)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('reports rate limiting and server errors as retryable', async () => {
    mock.on('GET', '/oauth/v1/generate', { status: 429, body: '' });
    expect(await mock.verify(credentials)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/oauth/v1/generate', { status: 503, body: '' });
    expect(await mock.verify(credentials)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 200 without an access token', async () => {
    mock.on('GET', '/oauth/v1/generate', { status: 200, body: { expires_in: '3599' } });
    expect(await mock.verify(credentials)).toMatchObject({ ok: false, reason: 'provider_unavailable' });
  });
});
