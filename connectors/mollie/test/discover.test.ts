import { useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import {
  HAL,
  LIVE_KEY,
  methodList,
  PENDING_CARDS,
  RATE_LIMITED,
  SEVERAL_METHODS,
  TEST_KEY,
  TWO_METHODS,
  UNAUTHORIZED,
} from './mollie-answers.js';

describe('Mollie discover, per documented answer', () => {
  const mock = useMockProvider(connector);

  it('sends one GET /v2/methods with Apple Pay included and the key as a Bearer token', async () => {
    mock.on('GET', '/v2/methods', { status: 200, headers: HAL, body: TWO_METHODS });
    expect(await mock.discover({ apiKey: TEST_KEY })).toEqual({
      ok: true,
      discovered: { paymentMethods: [{ method: 'payment_card' }, { method: 'ideal' }], payoutMethods: [] },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/v2/methods',
      query: { includeWallets: 'applepay' },
      body: '',
      headers: { authorization: `Bearer ${TEST_KEY}`, accept: 'application/hal+json' },
    });
  });

  it('reports every listed method the vocabulary knows, in live mode too, and skips vouchers', async () => {
    mock.on('GET', '/v2/methods', { status: 200, headers: HAL, body: SEVERAL_METHODS });
    expect(await mock.discover({ apiKey: LIVE_KEY }, 'live')).toEqual({
      ok: true,
      discovered: {
        paymentMethods: [
          { method: 'payment_card' },
          { method: 'paypal' },
          { method: 'ideal' },
          { method: 'bancontactmistercash' },
          { method: 'kbcbetaalknop' },
          { method: 'belfiusdirectnet' },
          { method: 'eps' },
          { method: 'przelewy24' },
          { method: 'sepadirectdebit' },
          { method: 'sepacredittransfer' },
        ],
        payoutMethods: [],
      },
    });
  });

  it('reports a method still pending review, which Mollie lists in test mode for test payments', async () => {
    mock.on('GET', '/v2/methods', { status: 200, headers: HAL, body: PENDING_CARDS });
    expect(await mock.discover({ apiKey: TEST_KEY })).toMatchObject({
      ok: true,
      discovered: {
        paymentMethods: [{ method: 'payment_card' }, { method: 'ideal' }, { method: 'sepacredittransfer' }],
      },
    });
  });

  it('reports a profile with nothing enabled as empty lists', async () => {
    mock.on('GET', '/v2/methods', { status: 200, headers: HAL, body: methodList([]) });
    expect(await mock.discover({ apiKey: LIVE_KEY }, 'live')).toEqual({
      ok: true,
      discovered: { paymentMethods: [], payoutMethods: [] },
    });
  });

  it('reports a rejected key as invalid_credentials, naming the key of the mode to copy', async () => {
    mock.on('GET', '/v2/methods', { status: 401, headers: HAL, body: UNAUTHORIZED });
    expect(await mock.discover({ apiKey: LIVE_KEY }, 'live')).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Mollie refused the API key (Missing authentication, or failed to authenticate). Copy the live API key again from Developers → API keys; a key that was regenerated stops working',
      fields: ['apiKey'],
      retryable: false,
    });
  });

  it('reports the documented 429 and a server error as retryable, and a 200 without methods as unavailable', async () => {
    mock.on('GET', '/v2/methods', { status: 429, headers: HAL, body: RATE_LIMITED });
    expect(await mock.discover({ apiKey: TEST_KEY })).toEqual({
      ok: false,
      reason: 'provider_unavailable',
      message: 'Mollie is rate-limiting requests; try again in a minute',
      retryable: true,
    });
    mock.on('GET', '/v2/methods', {
      status: 503,
      headers: HAL,
      body: { status: 503, title: 'Service Unavailable', detail: 'Service temporarily unavailable' },
    });
    expect(await mock.discover({ apiKey: TEST_KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.on('GET', '/v2/methods', { status: 200, body: '<html>captive portal</html>' });
    expect(await mock.discover({ apiKey: TEST_KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
  });
});
