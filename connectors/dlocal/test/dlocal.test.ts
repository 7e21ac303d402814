import { createHmac } from 'node:crypto';
import { describeConnector, type RecordedRequest, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const CREDENTIALS = {
  xLogin: 'sak223k2wdksdl2',
  xTransKey: 'fm12O7G9',
  secretKey: 'tQv2nL8yXkW4pR6sD1fH9mZ3cB7gJ5aE',
};

// dLocal answers every error as { code, message[, param] } with the HTTP status of its error table
// (docs.dlocal.com/reference/http-errors-payments); the messages are those of the table.
const error = (code: number, message: string) => ({ code, message });
const PAYMENT_NOT_FOUND = error(4000, 'Payment not found');
const INVALID_CREDENTIALS = error(3001, 'Invalid Credentials');
const UNREGISTERED_IP = error(3002, 'Unregistered IP address');
const NOT_AUTHORIZED = error(3003, 'Merchant has no authorization to use this API');
const TOO_MANY_REQUESTS = error(6000, 'Too many requests to the API');

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: CREDENTIALS },
      { environment: 'live', credentials: CREDENTIALS },
    ],
    invalid: [
      { credentials: { ...CREDENTIALS, xLogin: '' }, field: 'xLogin', because: 'empty' },
      { credentials: { xLogin: 'x', secretKey: 's' }, field: 'xTransKey', because: 'missing' },
      { credentials: { xLogin: 'x', xTransKey: 't' }, field: 'secretKey', because: 'missing' },
      { credentials: { ...CREDENTIALS, apiKey: 'k' }, field: 'apiKey', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: { status: 404, body: PAYMENT_NOT_FOUND },
    account: { id: CREDENTIALS.xLogin, livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: { status: 403, body: INVALID_CREDENTIALS },
  },
  // dLocal's credentials carry no mark of their mode, so there is no wrong-environment case.
});

const PAYMENT_PATH = /^\/payments\/D-4-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Recomputed here with node:crypto from the documented algorithm, independently of src/sign.ts. */
function expectedSignature(request: RecordedRequest): string {
  const data = CREDENTIALS.xLogin + request.headers['x-date'] + request.body;
  return createHmac('sha256', CREDENTIALS.secretKey).update(data).digest('hex');
}

describe('dLocal verify, per documented response', () => {
  const mock = useMockProvider(connector);
  const answer = (status: number, body: unknown) => mock.fallback({ status, body });

  it('retrieves a payment that cannot exist, signed, and reads "Payment not found" as valid credentials', async () => {
    answer(404, PAYMENT_NOT_FOUND);
    const before = Date.now();
    expect(await mock.verify(CREDENTIALS)).toEqual({
      ok: true,
      account: { id: CREDENTIALS.xLogin, livemode: false },
    });

    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: 'GET',
      path: expect.stringMatching(PAYMENT_PATH),
      body: '',
      headers: {
        'x-login': CREDENTIALS.xLogin,
        'x-trans-key': CREDENTIALS.xTransKey,
        'x-version': '2.1',
        'content-type': 'application/json',
      },
    });
    const xDate = request!.headers['x-date']!;
    expect(xDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Math.abs(Date.parse(xDate) - before)).toBeLessThan(5000);
    expect(request!.headers.authorization).toBe(`V2-HMAC-SHA256, Signature: ${expectedSignature(request!)}`);
  });

  it('asks for a different payment id on every check', async () => {
    answer(404, PAYMENT_NOT_FOUND);
    await mock.verify(CREDENTIALS);
    await mock.verify(CREDENTIALS);
    expect(new Set(mock.requests.map((r) => r.path)).size).toBe(2);
  });

  it('reports live mode in the live environment', async () => {
    answer(404, PAYMENT_NOT_FOUND);
    expect(await mock.verify(CREDENTIALS, 'live')).toEqual({
      ok: true,
      account: { id: CREDENTIALS.xLogin, livemode: true },
    });
  });

  it('reports 403 code 3001 as invalid credentials on all three fields', async () => {
    answer(403, INVALID_CREDENTIALS);
    expect(await mock.verify(CREDENTIALS)).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['xLogin', 'xTransKey', 'secretKey'],
      retryable: false,
    });
  });

  it('reports an unregistered IP address (403, 3002) as a missing permission', async () => {
    answer(403, UNREGISTERED_IP);
    const result = await mock.verify(CREDENTIALS);
    expect(result).toMatchObject({ ok: false, reason: 'insufficient_permissions', retryable: false });
    expect(result.ok === false && result.message).toContain('IP address');
  });

  it('reports a merchant without access to the API (403, 3003) as a missing permission', async () => {
    answer(403, NOT_AUTHORIZED);
    expect(await mock.verify(CREDENTIALS)).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      retryable: false,
    });
  });

  it('reports rate limiting (429, 6000) and server errors (500, 7000) as retryable', async () => {
    answer(429, TOO_MANY_REQUESTS);
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    answer(500, error(7000, 'Failed to process the request'));
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('does not take a 404 without dLocal’s "Payment not found" code as proof', async () => {
    answer(404, '<html>Not Found</html>');
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('does not take a 200 for some other payment, or a 403 without a documented code, as an answer', async () => {
    answer(200, { id: 'D-4-cf8a3c44-2bd9-49d3-b7b5-2c63b94ad44a', status: 'PAID' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    answer(403, '<html>Forbidden</html>');
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
  });

  it('reports an invalid API version (400, 5017) as unavailable, not as bad credentials', async () => {
    answer(400, error(5017, 'Invalid API Version'));
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
  });
});
