import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const CREDENTIALS = { userId: 'ffa001aaaa00000000001234', apiKey: 'TpIJabcdefgdtNabcdefgMCeYvdVkF' };
const ACCOUNT_ID = '5fa005a06a00000000005678';

// GET /v1/account answer as Interkassa documents it (its forum's API walkthrough,
// forum.interkassa.com/t/…/30, and the OpenAPI document at docs.interkassa.com/api.yaml): an
// envelope { status, code, data } with code 0 on success and data keyed by account id, each
// account with _id, nm (name), tp (type) and usr (its users). The documented example shows field
// types only; the values here fill them in.
const ACCOUNT_LIST = {
  status: 'ok',
  code: 0,
  data: {
    [ACCOUNT_ID]: {
      _id: ACCOUNT_ID,
      nm: 'Бізнес-кабінет',
      tp: 'b',
      usr: [{ id: CREDENTIALS.userId, o: '1', rl: 'owner' }],
    },
  },
};
// Interkassa's official PHP SDK (interkassa/php-sdk, ApiResponseBuilder) treats HTTP 401 as
// "access denied" and reads `message` from the body; the message text is not documented.
const UNAUTHORIZED = { status: 'error', code: 401, message: 'Unauthorized' };

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: CREDENTIALS },
      { environment: 'live', credentials: CREDENTIALS },
    ],
    invalid: [
      { credentials: { ...CREDENTIALS, userId: '' }, field: 'userId', because: 'empty' },
      { credentials: { userId: CREDENTIALS.userId }, field: 'apiKey', because: 'missing' },
      { credentials: { ...CREDENTIALS, checkoutId: '1' }, field: 'checkoutId', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'live', credentials: CREDENTIALS },
    respond: { status: 200, body: ACCOUNT_LIST },
    account: { id: ACCOUNT_ID, name: 'Бізнес-кабінет', livemode: true },
  },
  invalid: {
    input: { environment: 'live', credentials: CREDENTIALS },
    respond: { status: 401, body: UNAUTHORIZED },
  },
  // No wrongEnvironment sample: Interkassa's API credentials are the same for test and live payments.
});

describe('Interkassa verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('sends GET /v1/account with HTTP Basic User ID:API key and reports the first business account', async () => {
    mock.on('GET', '/v1/account', { status: 200, body: ACCOUNT_LIST });
    expect(await mock.verify(CREDENTIALS, 'live')).toEqual({
      ok: true,
      account: { id: ACCOUNT_ID, name: 'Бізнес-кабінет', livemode: true },
    });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({ method: 'GET', path: '/v1/account' });
    // Recomputed here from the SDK's rule: base64("<User ID>:<API key>").
    const expected = `Basic ${Buffer.from(`${CREDENTIALS.userId}:${CREDENTIALS.apiKey}`).toString('base64')}`;
    expect(request!.headers.authorization).toBe(expected);
  });

  it('marks the sandbox environment as not live', async () => {
    mock.on('GET', '/v1/account', { status: 200, body: ACCOUNT_LIST });
    expect(await mock.verify(CREDENTIALS, 'sandbox')).toMatchObject({
      ok: true,
      account: { livemode: false },
    });
  });

  it('accepts a user with no business account yet, naming the user', async () => {
    mock.on('GET', '/v1/account', { status: 200, body: { status: 'ok', code: 0, data: {} } });
    expect(await mock.verify(CREDENTIALS, 'live')).toEqual({
      ok: true,
      account: { id: CREDENTIALS.userId, livemode: true },
    });
  });

  it('reports HTTP 401 as a wrong User ID or API key', async () => {
    mock.on('GET', '/v1/account', { status: 401, body: UNAUTHORIZED });
    expect(await mock.verify(CREDENTIALS, 'live')).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Interkassa refused the User ID and API key. Copy both again from the API settings of your Interkassa account, and check that the API is turned on',
      fields: ['userId', 'apiKey'],
      retryable: false,
    });
  });

  it('does not guess at an error code it was not told about', async () => {
    mock.on('GET', '/v1/account', { status: 200, body: { status: 'error', code: 5, message: 'Something' } });
    expect(await mock.verify(CREDENTIALS, 'live')).toEqual({
      ok: false,
      reason: 'provider_unavailable',
      message: 'Interkassa answered "Something", code 5, which the check does not recognise; try again later',
      retryable: true,
    });
  });

  it('does not trust a 200 that is not JSON', async () => {
    mock.on('GET', '/v1/account', { status: 200, body: '<html>maintenance</html>' });
    expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
    });
  });

  it('reports rate limiting and server errors as retryable', async () => {
    mock.on('GET', '/v1/account', { status: 429, body: 'Too Many Requests' });
    expect(await mock.verify(CREDENTIALS, 'live')).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: true,
    });
  });
});
