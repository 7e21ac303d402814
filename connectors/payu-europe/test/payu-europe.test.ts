import { describeConnector, type RecordedRequest, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import { CREDENTIALS, DISCOVERED, INVALID_CLIENT, PAYMETHODS, SECOND_KEY, TOKEN } from './fixtures.js';

const TOKEN_PATH = '/pl/standard/user/oauth/authorize';
const FORM = `grant_type=client_credentials&client_id=${CREDENTIALS.clientId}&client_secret=${CREDENTIALS.clientSecret}`;

const tokenThenMethods = (request: RecordedRequest) =>
  request.path === TOKEN_PATH ? { status: 200, body: TOKEN } : { status: 200, body: PAYMETHODS };

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: CREDENTIALS },
      {
        environment: 'live',
        credentials: { clientId: '145227', clientSecret: '12f071174cb7eb79d4aac5bc2f07563f' },
      },
      { environment: 'sandbox', credentials: { ...CREDENTIALS, secondKey: SECOND_KEY } },
    ],
    invalid: [
      { credentials: { ...CREDENTIALS, clientId: 'pos-460718' }, field: 'clientId', because: 'not digits' },
      { credentials: { clientId: CREDENTIALS.clientId }, field: 'clientSecret', because: 'missing' },
      {
        credentials: { ...CREDENTIALS, clientSecret: CREDENTIALS.clientSecret.slice(1) },
        field: 'clientSecret',
        because: 'not 32 hexadecimal characters',
      },
      {
        credentials: { ...CREDENTIALS, secondKey: 'second-key' },
        field: 'secondKey',
        because: 'not an MD5 key',
      },
      { credentials: { ...CREDENTIALS, posAuthKey: 'abc' }, field: 'posAuthKey', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: { status: 200, body: TOKEN },
    account: { id: CREDENTIALS.clientId, livemode: false },
  },
  invalid: {
    input: { environment: 'live', credentials: CREDENTIALS },
    respond: { status: 401, body: INVALID_CLIENT },
  },
  // PayU's sandbox and production keys carry no mark of their environment.
  discover: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: tokenThenMethods,
    expected: DISCOVERED,
  },
});

describe('PayU verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('asks for a client_credentials token with the keys in the form body, and keeps no token', async () => {
    mock.on('POST', TOKEN_PATH, { status: 200, body: TOKEN });
    const result = await mock.verify({ ...CREDENTIALS, secondKey: SECOND_KEY }, 'live');
    expect(result).toEqual({ ok: true, account: { id: CREDENTIALS.clientId, livemode: true } });
    expect(JSON.stringify(result)).not.toContain(TOKEN.access_token);
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: TOKEN_PATH,
      query: {},
      body: FORM,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    });
    expect(request!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(request)).not.toContain(SECOND_KEY);
  });

  it('reports 401 invalid_client as invalid credentials and names the panel to copy them from', async () => {
    mock.on('POST', TOKEN_PATH, { status: 401, body: INVALID_CLIENT });
    const result = await mock.verify(CREDENTIALS, 'live');
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['clientId', 'clientSecret'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toMatch(
      /invalid_client.*production panel \(secure\.payu\.com\)/,
    );
    expect(await mock.verify(CREDENTIALS, 'sandbox')).toMatchObject({
      message: expect.stringMatching(/sandbox panel \(secure\.snd\.payu\.com\)/),
    });
  });

  it('reports invalid_client sent with 400 (RFC 6749 §5.2) as invalid credentials too', async () => {
    mock.on('POST', TOKEN_PATH, { status: 400, body: { ...INVALID_CLIENT } });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'invalid_credentials' });
  });

  it('reports unauthorized_client (keys not allowed this grant) as a permission problem', async () => {
    mock.on('POST', TOKEN_PATH, {
      status: 400,
      body: {
        error: 'unauthorized_client',
        error_description: 'Unauthorized grant type: client_credentials',
      },
    });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['clientId'],
    });
  });

  it('does not blame the keys for another 400, or for a 401 without PayU’s OAuth error body', async () => {
    mock.on('POST', TOKEN_PATH, {
      status: 400,
      body: { error: 'unsupported_grant_type', error_description: 'Unsupported grant type' },
    });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('POST', TOKEN_PATH, {
      status: 401,
      body: '<html><body>401 Authorization Required</body></html>',
    });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('does not repeat an error code that is not an OAuth code', async () => {
    mock.on('POST', TOKEN_PATH, { status: 401, body: { error: '<script>alert(1)</script>' } });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
  });

  it('reports rate limiting, server errors and maintenance (503) as retryable', async () => {
    for (const status of [429, 500, 503]) {
      mock.on('POST', TOKEN_PATH, { status, body: '' });
      expect(await mock.verify(CREDENTIALS)).toMatchObject({
        reason: 'provider_unavailable',
        retryable: true,
      });
    }
  });

  it('does not trust a 200 without a bearer token', async () => {
    mock.on('POST', TOKEN_PATH, { status: 200, body: { expires_in: 43199 } });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ ok: false, reason: 'provider_unavailable' });
    mock.on('POST', TOKEN_PATH, { status: 200, body: { ...TOKEN, token_type: 'mac' } });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ ok: false, reason: 'provider_unavailable' });
  });
});
