import { useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import { INSUFFICIENT_SCOPES, LOCATIONS, squareError, TOKEN, UNAUTHORIZED } from './square-answers.js';

const [GRANT_PARK, MIDTOWN] = LOCATIONS.locations;

describe('Square discover, per documented answer', () => {
  const mock = useMockProvider(connector);
  const discover = () => mock.discover({ accessToken: TOKEN });

  it('reads /v2/locations once, with the token as a Bearer and the pinned Square-Version', async () => {
    mock.on('GET', '/v2/locations', { status: 200, body: LOCATIONS });
    expect(await discover()).toMatchObject({
      ok: true,
      discovered: {
        paymentMethods: expect.arrayContaining([{ method: 'payment_card', currencies: ['USD'] }]),
      },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/v2/locations',
      query: {},
      body: '',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'square-version': '2025-08-20',
        accept: 'application/json',
      },
    });
  });

  it('takes cards and the brands of the seller’s country in the currency of each active card location', async () => {
    // The documented example as a seller in the United Kingdom, with an inactive location and one
    // that cannot take cards.
    const uk = (location: typeof GRANT_PARK, changes: object) => ({
      ...location,
      country: 'GB',
      currency: 'GBP',
      ...changes,
    });
    mock.on('GET', '/v2/locations', {
      status: 200,
      body: {
        locations: [
          uk(GRANT_PARK!, {}),
          uk(MIDTOWN!, { status: 'INACTIVE', currency: 'EUR' }),
          uk(MIDTOWN!, { id: '5R8JQ2NW0X7ZA', capabilities: ['AUTOMATIC_TRANSFERS'], currency: 'USD' }),
        ],
      },
    });
    expect(await discover()).toEqual({
      ok: true,
      discovered: {
        paymentMethods: [
          { method: 'payment_card', currencies: ['GBP'] },
          { method: 'americanexpress', currencies: ['GBP'] },
        ],
        payoutMethods: [],
      },
    });
  });

  it('reports a seller whose locations cannot take cards, or who has none, as empty lists', async () => {
    const { capabilities: _none, ...notActivated } = GRANT_PARK!;
    mock.on('GET', '/v2/locations', { status: 200, body: { locations: [notActivated] } });
    const nothing = { ok: true, discovered: { paymentMethods: [], payoutMethods: [] } };
    expect(await discover()).toEqual(nothing);
    mock.on('GET', '/v2/locations', { status: 200, body: {} });
    expect(await discover()).toEqual(nothing);
  });

  it('reports a rejected token as invalid and a missing scope as insufficient_permissions', async () => {
    mock.on('GET', '/v2/locations', { status: 401, body: UNAUTHORIZED });
    expect(await discover()).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['accessToken'],
      retryable: false,
    });
    mock.on('GET', '/v2/locations', { status: 403, body: INSUFFICIENT_SCOPES });
    const denied = await discover();
    expect(denied).toMatchObject({ ok: false, reason: 'insufficient_permissions', fields: ['accessToken'] });
    expect(denied.ok === false && denied.message).toContain('MERCHANT_PROFILE_READ');
  });

  it('reports RATE_LIMITED, server errors and a 200 carrying errors as retryable', async () => {
    mock.on('GET', '/v2/locations', {
      status: 429,
      body: squareError('RATE_LIMIT_ERROR', 'RATE_LIMITED', 'Rate limited.'),
    });
    expect(await discover()).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/v2/locations', {
      status: 503,
      body: squareError('API_ERROR', 'SERVICE_UNAVAILABLE', 'Service unavailable.'),
    });
    expect(await discover()).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/v2/locations', {
      status: 200,
      body: squareError('API_ERROR', 'INTERNAL_SERVER_ERROR', 'An internal error has occurred.'),
    });
    expect(await discover()).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/v2/locations', { status: 200, body: '<html>captive portal</html>' });
    expect(await discover()).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });
});
