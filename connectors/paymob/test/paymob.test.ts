import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const API_KEY =
  'ZXlKaGJHY2lPaUpJVXpVeE1pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SmpiR0Z6Y3lJNklrMWxjbU5vWVc1MElpd2ljSEp2Wm1sc1pWOXdheUk2TVRBd01ERjk=';
const egypt = { region: 'accept', apiKey: API_KEY };

// 201 from POST /api/auth/tokens: `token` and the merchant `profile`, the two attributes Paymob's
// API reference documents for the authentication request (developers.paymob.com, Authentication
// Request); the profile is trimmed to the fields the connector reads.
const TOKEN = {
  profile: { id: 10001, company_name: 'Nile Books', created_at: '2024-02-11T10:21:05.000000' },
  token: 'ZXlKaGJHY2lPaUpJVXpVeE1pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SjFjMlZ5WDJsa0lqb3hNREF3TVgwLnNpZw==',
};

// Refusal of the API Key: the body reported from the API in samir-hussein/paymob#1. Paymob documents
// no error answer for this request, so 401 and 403 are both read as a refused key.
const REFUSED = { detail: 'Can not create token' };

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: egypt },
      { environment: 'live', credentials: { region: 'ksa', apiKey: API_KEY } },
      { environment: 'live', credentials: { region: 'uae', apiKey: API_KEY } },
      { environment: 'live', credentials: { region: 'oman', apiKey: API_KEY } },
    ],
    invalid: [
      { credentials: { apiKey: API_KEY }, field: 'region', because: 'missing' },
      { credentials: { region: 'egypt', apiKey: API_KEY }, field: 'region', because: 'not a Paymob region' },
      { credentials: { region: 'accept' }, field: 'apiKey', because: 'missing' },
      { credentials: { region: 'accept', apiKey: '' }, field: 'apiKey', because: 'empty' },
    ],
  },
  valid: {
    input: { environment: 'live', credentials: egypt },
    respond: { status: 201, body: TOKEN },
    account: { id: '10001', name: 'Nile Books', livemode: true },
  },
  invalid: {
    input: { environment: 'live', credentials: egypt },
    respond: { status: 403, body: REFUSED },
  },
});

describe('Paymob verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('posts the API Key as JSON to the region’s host and keeps no token', async () => {
    mock.on('POST', '/api/auth/tokens', { status: 201, body: TOKEN });
    const result = await mock.verify(egypt, 'live');
    expect(result).toEqual({ ok: true, account: { id: '10001', name: 'Nile Books', livemode: true } });
    expect(JSON.stringify(result)).not.toContain(TOKEN.token);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/auth/tokens',
      json: { api_key: API_KEY },
      headers: { 'content-type': 'application/json', accept: 'application/json' },
    });
  });

  it('calls the Saudi host for the ksa region', async () => {
    mock.on('POST', '/api/auth/tokens', { status: 200, body: TOKEN });
    // The mock answers only hosts of the chosen region: a request to another host would fail.
    expect(await mock.verify({ region: 'ksa', apiKey: API_KEY }, 'sandbox')).toMatchObject({
      ok: true,
      account: { livemode: false },
    });
  });

  it('reports a refused key (401 or 403) as invalid credentials on the key and region', async () => {
    for (const status of [401, 403]) {
      mock.on('POST', '/api/auth/tokens', { status, body: REFUSED });
      const result = await mock.verify(egypt);
      expect(result).toMatchObject({
        ok: false,
        reason: 'invalid_credentials',
        fields: ['apiKey', 'region'],
        retryable: false,
      });
      expect(result.ok === false && result.message).toMatch(/Can not create token.*accept\.paymob\.com/);
    }
  });

  it('reports rate limiting and server errors as retryable', async () => {
    mock.on('POST', '/api/auth/tokens', { status: 429, body: '' });
    expect(await mock.verify(egypt)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/api/auth/tokens', { status: 502, body: '<html>Bad Gateway</html>' });
    expect(await mock.verify(egypt)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 2xx without a token and a profile', async () => {
    mock.on('POST', '/api/auth/tokens', { status: 201, body: { token: TOKEN.token } });
    expect(await mock.verify(egypt)).toMatchObject({ ok: false, reason: 'provider_unavailable' });
  });
});
