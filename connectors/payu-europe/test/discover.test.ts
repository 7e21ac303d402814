import { type RecordedRequest, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import { CREDENTIALS, DISCOVERED, INVALID_CLIENT, PAYMETHODS, TOKEN } from './fixtures.js';

const TOKEN_PATH = '/pl/standard/user/oauth/authorize';
const METHODS_PATH = '/api/v2_1/paymethods';

describe('PayU discover, per documented response', () => {
  const mock = useMockProvider(connector);
  const discover = () => mock.discover(CREDENTIALS);
  const methodsAnswer = (status: number, body: unknown) => (request: RecordedRequest) =>
    request.path === TOKEN_PATH ? { status: 200, body: TOKEN } : { status, body };

  it('gets a token, then lists the POS’s pay types with it, without a body', async () => {
    mock.fallback(methodsAnswer(200, PAYMETHODS));
    expect(await discover()).toEqual({ ok: true, discovered: DISCOVERED });
    expect(mock.requests.map((r) => [r.method, r.path])).toEqual([
      ['POST', TOKEN_PATH],
      ['GET', METHODS_PATH],
    ]);
    expect(mock.requests[1]).toMatchObject({
      body: '',
      headers: { authorization: `Bearer ${TOKEN.access_token}`, accept: 'application/json' },
    });
  });

  it('leaves out DISABLED pay types and those the vocabulary has no code for', async () => {
    const payByLinks = PAYMETHODS.payByLinks.map((entry) =>
      entry.value === 'c' ? entry : { ...entry, status: entry.value === 'o' ? 'ENABLED' : 'DISABLED' },
    );
    mock.fallback(methodsAnswer(200, { ...PAYMETHODS, payByLinks }));
    expect(await discover()).toEqual({
      ok: true,
      discovered: { paymentMethods: [{ method: 'payment_card' }] },
    });
  });

  it('reports a POS with no pay types as one with nothing enabled', async () => {
    mock.fallback(methodsAnswer(200, { ...PAYMETHODS, payByLinks: [] }));
    expect(await discover()).toEqual({ ok: true, discovered: { paymentMethods: [] } });
  });

  it('stops at a refused token request', async () => {
    mock.fallback({ status: 401, body: INVALID_CLIENT });
    expect(await discover()).toMatchObject({ ok: false, reason: 'invalid_credentials' });
    expect(mock.requests).toHaveLength(1);
  });

  it('reports the token refused by the list (401 UNAUTHORIZED) as invalid credentials', async () => {
    mock.fallback(methodsAnswer(401, { status: { statusCode: 'UNAUTHORIZED' } }));
    expect(await discover()).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['clientId', 'clientSecret'],
    });
  });

  it('reports 403 UNAUTHORIZED_REQUEST as a permission problem', async () => {
    mock.fallback(methodsAnswer(403, { status: { statusCode: 'UNAUTHORIZED_REQUEST' } }));
    expect(await discover()).toMatchObject({ ok: false, reason: 'insufficient_permissions' });
  });

  it('does not take a 200 without payByLinks, or without SUCCESS, as an empty account', async () => {
    mock.fallback(methodsAnswer(200, { status: { statusCode: 'SUCCESS' } }));
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable' });
    mock.fallback(methodsAnswer(200, { ...PAYMETHODS, status: { statusCode: 'GENERAL_ERROR' } }));
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable' });
  });

  it('reports server errors while listing as retryable', async () => {
    mock.fallback(methodsAnswer(500, { status: { statusCode: 'ERROR_INTERNAL' } }));
    expect(await discover()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
