import { runVerify } from '@paycore/core';
import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const TOKEN = 'uKq4cF9vR2xW7mZ1tB8nL3sD6gH0jP5yQeAiOoUw-Xk';

// 200 body as documented for GET /api/merchant/details (monobank.ua/api-docs/acquiring,
// "Дані мерчанта").
const DETAILS = { merchantId: '12o4Vv7EWy', merchantName: 'Your Favourite Company', edrpou: '4242424242' };
// Errors use {errCode, errText} (documented); that a bad token gets 403 is observed in
// third-party integrations, not stated by monobank, and this body is built on that envelope.
const FORBIDDEN = { errCode: 'FORBIDDEN', errText: 'forbidden' };

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: { token: TOKEN } },
      { environment: 'live', credentials: { token: TOKEN } },
    ],
    invalid: [
      { credentials: { token: 'short' }, field: 'token', because: 'too short' },
      { credentials: { token: 'uKq4cF9vR2xW7mZ1 tB8nL3sD6gH0jP5yQeAi' }, field: 'token', because: 'a space' },
      { credentials: {}, field: 'token', because: 'missing' },
      {
        credentials: { token: TOKEN, merchantId: '12o4Vv7EWy' },
        field: 'merchantId',
        because: 'unknown field',
      },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: { token: TOKEN } },
    respond: { status: 200, body: DETAILS },
    account: { id: '12o4Vv7EWy', name: 'Your Favourite Company' },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: { token: TOKEN } },
    respond: { status: 403, body: FORBIDDEN },
  },
  // No wrongEnvironment sample: test and live tokens carry no mark of their environment.
});

describe('monobank verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (environment: 'sandbox' | 'live' = 'live') =>
    runVerify(
      connector,
      { environment, credentials: { token: TOKEN } },
      { egressOverrides: mock.overridesFor(['api.monobank.ua']) },
    );

  it('sends GET /api/merchant/details with the token in X-Token and reports the merchant', async () => {
    mock.on('GET', '/api/merchant/details', { status: 200, body: DETAILS });
    const result = await verify();
    expect(result).toEqual({
      ok: true,
      account: { id: '12o4Vv7EWy', name: 'Your Favourite Company', edrpou: '4242424242' },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/api/merchant/details',
      headers: { 'x-token': TOKEN },
      body: '',
    });
    expect(mock.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('sends the same call in sandbox, since only the token tells test from live', async () => {
    mock.on('GET', '/api/merchant/details', { status: 200, body: DETAILS });
    expect(await verify('sandbox')).toMatchObject({ ok: true, account: { id: '12o4Vv7EWy' } });
    expect(mock.requests).toHaveLength(1);
  });

  it('reports 403 as an invalid token, with monobank’s own text', async () => {
    mock.on('GET', '/api/merchant/details', { status: 403, body: FORBIDDEN });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'monobank refused the token (forbidden). Copy it again: a live token comes from web.monobank.ua, a test token from api.monobank.ua',
      fields: ['token'],
      retryable: false,
    });
  });

  it('reports 403 without a body as an invalid token too', async () => {
    mock.on('GET', '/api/merchant/details', { status: 403 });
    expect(await verify()).toMatchObject({ ok: false, reason: 'invalid_credentials', fields: ['token'] });
  });

  it('reports rate limiting (429) as retryable', async () => {
    mock.on('GET', '/api/merchant/details', {
      status: 429,
      body: { errCode: 'TMR', errText: 'too many requests' },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('reports a documented 500 as retryable', async () => {
    mock.on('GET', '/api/merchant/details', {
      status: 500,
      body: { errCode: 'INTERNAL_ERROR', errText: 'internal error' },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('does not call a 400 or 405 bad credentials', async () => {
    mock.on('GET', '/api/merchant/details', {
      status: 400,
      body: { errCode: 'BAD_REQUEST', errText: 'bad request' },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/api/merchant/details', {
      status: 405,
      body: { errCode: 'METHOD_NOT_ALLOWED', errText: 'method not allowed' },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 200 without a merchant id', async () => {
    mock.on('GET', '/api/merchant/details', { status: 200, body: { merchantName: 'x' } });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
