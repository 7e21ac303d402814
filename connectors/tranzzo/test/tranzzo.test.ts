import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// The example values of Tranzzo's API reference (cdn.tranzzo.com/tranzzo-api, "Introduction").
const CREDENTIALS = {
  posId: 'dc728de1-51ef-4ef1-80f7-3b44b07b5667',
  apiKey: '2c2b91a3-9b73-4551-81ac-84e0d0360995',
  apiSecret: 'ktMdTyollYMRkEfvgqbaWmvFiXPy1a80',
  endpointsKey: 'AIzaSyBiVfwG--8qIr4GOGuC2-XYoulwqqAAAAA',
};
const PATH = `/api/v1/pos/${CREDENTIALS.posId}/orders/0`;

// Verbatim from docs.tranzzo.com/docs/api-usage/authentication: the answer when the
// authentication headers are missing or wrong.
const INVALID_CREDENTIALS = { args: { code: 'S-404' }, message: 'Invalid pos_id field or credentials' };
// docs.tranzzo.com/docs/error-handling/http-statuses: 404 = "the endpoint or payment record can't
// be found", 4xx bodies are { message, args: { code } }. The text and code of the order-not-found
// answer are not published; these values only fill in that documented structure.
const ORDER_NOT_FOUND = { message: 'Order not found', args: { code: 'P-404' } };

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: CREDENTIALS },
      { environment: 'live', credentials: CREDENTIALS },
    ],
    invalid: [
      { credentials: { ...CREDENTIALS, posId: 'pos-1' }, field: 'posId', because: 'not a UUID' },
      { credentials: { ...CREDENTIALS, endpointsKey: '' }, field: 'endpointsKey', because: 'empty' },
      {
        credentials: { posId: CREDENTIALS.posId, apiKey: 'k', endpointsKey: 'e' },
        field: 'apiSecret',
        because: 'missing',
      },
      { credentials: { ...CREDENTIALS, merchantId: '1' }, field: 'merchantId', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'live', credentials: CREDENTIALS },
    respond: { status: 404, body: ORDER_NOT_FOUND },
    account: { id: CREDENTIALS.posId, livemode: true },
  },
  invalid: {
    input: { environment: 'live', credentials: CREDENTIALS },
    respond: { status: 401, body: INVALID_CREDENTIALS },
  },
  // No wrongEnvironment sample: test and live POS credentials look alike and share one host.
});

describe('Tranzzo verify, per documented response', () => {
  const mock = useMockProvider(connector);
  const REFUSED = {
    ok: false,
    reason: 'invalid_credentials',
    message:
      'Tranzzo refused the POS_ID or the API credentials. Copy POS_ID, API_KEY, API_SECRET and ENDPOINTS_KEY again from the same project in the Tranzzo Merchant Portal',
    fields: ['posId', 'apiKey', 'apiSecret', 'endpointsKey'],
    retryable: false,
  };

  it('sends the documented credential test request and reads "order not found" as valid credentials', async () => {
    mock.on('GET', PATH, { status: 404, body: ORDER_NOT_FOUND });
    expect(await mock.verify(CREDENTIALS, 'live')).toEqual({
      ok: true,
      account: { id: CREDENTIALS.posId, livemode: true },
    });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({ method: 'GET', path: PATH });
    // The documented header rule: X-API-AUTH "CPAY <API_KEY>:<API_SECRET>", X-API-KEY <ENDPOINTS_KEY>.
    expect(request!.headers['x-api-auth']).toBe(`CPAY ${CREDENTIALS.apiKey}:${CREDENTIALS.apiSecret}`);
    expect(request!.headers['x-api-key']).toBe(CREDENTIALS.endpointsKey);
  });

  it('accepts an existing order 0 as proof too, marking sandbox as not live', async () => {
    mock.on('GET', PATH, { status: 200, body: [{ order_id: '0', status: 'success' }] });
    expect(await mock.verify(CREDENTIALS, 'sandbox')).toEqual({
      ok: true,
      account: { id: CREDENTIALS.posId, livemode: false },
    });
  });

  it('reports the documented S-404 answer as invalid credentials, whatever status carries it', async () => {
    for (const status of [401, 404, 400]) {
      mock.on('GET', PATH, { status, body: INVALID_CREDENTIALS });
      expect(await mock.verify(CREDENTIALS, 'live')).toEqual(REFUSED);
    }
  });

  it('reports HTTP 401 as invalid credentials (error-handling page)', async () => {
    mock.on('GET', PATH, { status: 401, body: { message: 'Unauthorized', args: {} } });
    expect(await mock.verify(CREDENTIALS, 'live')).toEqual(REFUSED);
  });

  it('does not take a 404 outside Tranzzo\'s error structure for "order not found"', async () => {
    mock.on('GET', PATH, { status: 404, body: '<html>Not Found</html>' });
    expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
    });
  });

  it('reports 429 and 503 as retryable', async () => {
    for (const status of [429, 503]) {
      mock.on('GET', PATH, { status, body: { message: 'busy', args: {} } });
      expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({
        ok: false,
        reason: 'provider_unavailable',
        retryable: true,
      });
    }
  });
});
