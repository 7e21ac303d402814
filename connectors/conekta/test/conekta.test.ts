import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// A made-up key in Conekta's documented format (key_…, as in developers.conekta.com's examples).
const KEY = 'key_Q2x9vLr7TmP4kW8nB1cZ6h';

// 200 of GET /balance: the BalanceResponse model of Conekta's official Node SDK
// (conekta/conekta-node model/balance-response.ts, balance-common-fiels-response.ts): lists of
// { amount, currency } per balance kind. Amounts are in cents.
const BALANCE = {
  available: [{ amount: 1500000, currency: 'MXN' }],
  cashout_retention_amount: [{ amount: 0, currency: 'MXN' }],
  conekta_retention: [{ amount: 0, currency: 'MXN' }],
  gateway: [{ amount: 0, currency: 'MXN' }],
  pending: [{ amount: 23000, currency: 'MXN' }],
  retained: [{ amount: 0, currency: 'MXN' }],
  retention_amount: [{ amount: 0, currency: 'MXN' }],
  target_collateral_amount: {},
  target_retention_amount: [{ amount: 0, currency: 'MXN' }],
  temporarily_retained: [{ amount: 0, currency: 'MXN' }],
};

// 401 for a key Conekta does not recognise, as Conekta's developer documentation shows it.
const UNRECOGNIZED_KEY = {
  details: [
    {
      debug_message: 'Unrecognized access key.',
      message: 'Acceso no autorizado.',
      param: null,
      code: 'conekta.errors.authentication.unrecognized_key',
    },
  ],
  object: 'error',
  type: 'authentication_error',
  log_id: null,
};

const sandbox = { environment: 'sandbox' as const, credentials: { privateKey: KEY } };

describeConnector(connector, {
  credentials: {
    valid: [sandbox, { environment: 'live', credentials: { privateKey: KEY } }],
    invalid: [
      {
        credentials: { privateKey: 'sk_test_51HqLyjWDarjtT1zd' },
        field: 'privateKey',
        because: 'not a Conekta key',
      },
      { credentials: { privateKey: 'key_' }, field: 'privateKey', because: 'only the prefix' },
      { credentials: {}, field: 'privateKey', because: 'missing' },
      { credentials: { privateKey: KEY, publicKey: 'key_x' }, field: 'publicKey', because: 'unknown field' },
    ],
  },
  valid: { input: sandbox, respond: { status: 200, body: BALANCE }, account: { livemode: false } },
  invalid: { input: sandbox, respond: { status: 401, body: UNRECOGNIZED_KEY } },
});

describe('Conekta verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('reads GET /balance with the key as a Bearer token and the versioned Accept header', async () => {
    mock.on('GET', '/balance', { status: 200, body: BALANCE });
    expect(await mock.verify({ privateKey: KEY })).toEqual({
      ok: true,
      account: { livemode: false, currencies: ['MXN'] },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/balance',
      query: {},
      body: '',
      headers: {
        authorization: `Bearer ${KEY}`,
        accept: 'application/vnd.conekta-v2.3.0+json',
        'accept-language': 'en',
      },
    });
  });

  it('reports livemode from the environment in live', async () => {
    mock.on('GET', '/balance', { status: 200, body: { ...BALANCE, available: [] } });
    expect(await mock.verify({ privateKey: KEY }, 'live')).toEqual({ ok: true, account: { livemode: true } });
  });

  it('reports an unrecognised key (401 authentication_error) as invalid credentials', async () => {
    mock.on('GET', '/balance', { status: 401, body: UNRECOGNIZED_KEY });
    const result = await mock.verify({ privateKey: KEY });
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['privateKey'],
      retryable: false,
    });
    expect(JSON.stringify(result)).not.toContain(KEY);
  });

  it('reports a 500, a 429 and a 401 without Conekta’s error object as retryable', async () => {
    mock.on('GET', '/balance', { status: 500, body: { object: 'error', type: 'api_error' } });
    expect(await mock.verify({ privateKey: KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.on('GET', '/balance', { status: 429, body: '' });
    expect(await mock.verify({ privateKey: KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.on('GET', '/balance', { status: 401, body: '<html>Unauthorized</html>' });
    expect(await mock.verify({ privateKey: KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('does not trust a 200 that is not a balance', async () => {
    mock.on('GET', '/balance', { status: 200, body: '<html>maintenance</html>' });
    expect(await mock.verify({ privateKey: KEY })).toMatchObject({ reason: 'provider_unavailable' });
  });
});
