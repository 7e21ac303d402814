import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// A made-up key in the format of the Merchant API reference's example (Bearer sk_…).
const KEY = 'sk_1234567890ABCdefGHIjklMNOpqrSTUvwxYZ_1234567890-Ab_cdeFGHijkLMNopq';

// 200 of GET /api/locations ("Retrieve location list"): an array of locations with id, name,
// type (online | physical) and details.domain for online ones. The values are illustrative.
const LOCATIONS = [
  {
    id: '3ff2d1b5-8d87-4b6a-9a07-2a8b5e4b1c11',
    name: 'Online store',
    type: 'online',
    details: { domain: 'shop.example.com' },
  },
];

// Revolut documents 401 ("Unauthorized -- Your access token is wrong") and 403 ("Forbidden") by
// status only; the connector reads the status, so the bodies here are placeholders.
const UNAUTHORIZED = { code: 'unauthorized', message: 'Unauthorized' };

const sandbox = { environment: 'sandbox' as const, credentials: { secretKey: KEY } };

describeConnector(connector, {
  credentials: {
    valid: [sandbox, { environment: 'live', credentials: { secretKey: KEY } }],
    invalid: [
      { credentials: { secretKey: 'pk_1234567890ABCdef' }, field: 'secretKey', because: 'a public key' },
      { credentials: { secretKey: 'sk_' }, field: 'secretKey', because: 'only the prefix' },
      { credentials: {}, field: 'secretKey', because: 'missing' },
      { credentials: { secretKey: KEY, publicKey: 'pk_1' }, field: 'publicKey', because: 'unknown field' },
    ],
  },
  valid: { input: sandbox, respond: { status: 200, body: LOCATIONS }, account: { livemode: false } },
  invalid: { input: sandbox, respond: { status: 401, body: UNAUTHORIZED } },
});

describe('Revolut Merchant verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('reads GET /api/locations with the key as a Bearer token and the API version header', async () => {
    mock.on('GET', '/api/locations', { status: 200, body: LOCATIONS });
    expect(await mock.verify({ secretKey: KEY })).toEqual({ ok: true, account: { livemode: false } });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/api/locations',
      query: {},
      body: '',
      headers: { authorization: `Bearer ${KEY}`, 'revolut-api-version': '2025-12-04' },
    });
  });

  it('accepts a merchant with no online locations yet', async () => {
    mock.on('GET', '/api/locations', { status: 200, body: [] });
    expect(await mock.verify({ secretKey: KEY }, 'live')).toEqual({ ok: true, account: { livemode: true } });
  });

  it('reports 401 as invalid credentials, naming the other environment as a cause', async () => {
    mock.on('GET', '/api/locations', { status: 401, body: '' });
    const result = await mock.verify({ secretKey: KEY });
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['secretKey'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toContain('Sandbox');
  });

  it('reports 403 as insufficient permissions', async () => {
    mock.on('GET', '/api/locations', { status: 403, body: '' });
    expect(await mock.verify({ secretKey: KEY })).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['secretKey'],
    });
  });

  it('reports 429, 500 and 503 as retryable', async () => {
    for (const status of [429, 500, 503]) {
      mock.on('GET', '/api/locations', { status, body: '' });
      expect(await mock.verify({ secretKey: KEY })).toMatchObject({
        reason: 'provider_unavailable',
        retryable: true,
      });
    }
  });

  it('does not trust a 200 that is not a list of locations', async () => {
    mock.on('GET', '/api/locations', { status: 200, body: '<html>maintenance</html>' });
    expect(await mock.verify({ secretKey: KEY })).toMatchObject({ reason: 'provider_unavailable' });
  });
});
