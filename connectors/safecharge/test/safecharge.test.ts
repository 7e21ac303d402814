import { createHash } from 'node:crypto';
import { describeConnector, type RecordedRequest, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const CREDENTIALS = {
  merchantId: '7228839313016442768',
  merchantSiteId: '117711',
  merchantSecretKey: 'qW3rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV',
};

/** Nuvei's answers echo the request's ids (getSessionToken example in Nuvei's API reference and
 * the official Java SDK's mock response, src/test/resources/mock/response/getSessionToken.json). */
const sessionAnswer = (request: RecordedRequest) => {
  const sent = request.json as Record<string, string>;
  return {
    sessionToken: '9610a8f6-44cf-4c4f-976a-005da69a2a3b',
    internalRequestId: 866,
    status: 'SUCCESS',
    errCode: 0,
    reason: '',
    merchantId: sent.merchantId,
    merchantSiteId: sent.merchantSiteId,
    version: '1.0',
    clientRequestId: sent.clientRequestId,
  };
};
/** Nuvei's error envelope: HTTP 200, status ERROR, the error code and its reason. */
const errorAnswer = (errCode: number, reason: string) => (request: RecordedRequest) => ({
  status: 200,
  body: {
    sessionToken: '',
    internalRequestId: 867,
    status: 'ERROR',
    errCode,
    reason,
    merchantId: (request.json as Record<string, string>).merchantId,
    merchantSiteId: (request.json as Record<string, string>).merchantSiteId,
    version: '1.0',
    clientRequestId: (request.json as Record<string, string>).clientRequestId,
  },
});
const SESSION = (request: RecordedRequest) => ({ status: 200, body: sessionAnswer(request) });

// getMerchantPaymentMethods as in the official Java SDK's mock response
// (src/test/resources/mock/response/getMerchantPaymentMethods.json), shortened to names and currencies.
const METHODS = (request: RecordedRequest) => ({
  status: 200,
  body: {
    paymentMethods: [
      {
        paymentMethod: 'cc_card',
        paymentMethodDisplayName: [{ language: 'en', message: 'Credit Card' }],
        countries: ['DE'],
        currencies: ['EUR'],
      },
      { paymentMethod: 'apmgw_Neteller', isDirect: 'true', countries: ['DE'], currencies: ['EUR'] },
      { paymentMethod: 'apmgw_expresscheckout', isDirect: 'false', countries: ['DE'], currencies: ['EUR'] },
      { paymentMethod: 'apmgw_Sofort', isDirect: 'false', countries: ['DE'], currencies: ['EUR'] },
    ],
    ...sessionAnswer(request),
    sessionToken: 'test',
  },
});
const DISCOVERED = {
  paymentMethods: [
    { method: 'payment_card', currencies: ['EUR'] },
    { method: 'neteller', currencies: ['EUR'] },
    { method: 'paypal', currencies: ['EUR'] },
  ],
};
const ROUTES = (request: RecordedRequest) =>
  request.path.endsWith('/getMerchantPaymentMethods.do') ? METHODS(request) : SESSION(request);

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: CREDENTIALS },
      { environment: 'live', credentials: { ...CREDENTIALS, hashType: 'md5' } },
    ],
    invalid: [
      { credentials: { ...CREDENTIALS, merchantId: '' }, field: 'merchantId', because: 'empty' },
      {
        credentials: { merchantId: '1', merchantSecretKey: 'k' },
        field: 'merchantSiteId',
        because: 'missing',
      },
      {
        credentials: { merchantId: '1', merchantSiteId: '2' },
        field: 'merchantSecretKey',
        because: 'missing',
      },
      {
        credentials: { ...CREDENTIALS, hashType: 'sha1' },
        field: 'hashType',
        because: 'not a Nuvei hash type',
      },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: SESSION,
    account: { id: CREDENTIALS.merchantId, merchantSiteId: CREDENTIALS.merchantSiteId, livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: errorAnswer(1001, 'Invalid checksum'),
  },
  // Nuvei's ids and keys carry no mark of their environment, so there is no wrong-environment case.
  discover: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: ROUTES,
    expected: DISCOVERED,
  },
});

/** Recomputed here with node:crypto from Nuvei's documented order, independently of src/checksum.ts. */
function expectedChecksum(sent: Record<string, string>, algorithm = 'sha256'): string {
  const text =
    sent.merchantId! +
    sent.merchantSiteId +
    sent.clientRequestId +
    sent.timeStamp +
    CREDENTIALS.merchantSecretKey;
  return createHash(algorithm).update(text).digest('hex');
}

describe('Nuvei verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('posts a getSessionToken request with the SHA-256 checksum and reads the token as valid credentials', async () => {
    mock.on('POST', '/ppp/api/v1/getSessionToken.do', SESSION);
    const result = await mock.verify(CREDENTIALS);
    expect(result).toEqual({
      ok: true,
      account: { id: CREDENTIALS.merchantId, merchantSiteId: CREDENTIALS.merchantSiteId, livemode: false },
    });
    expect(JSON.stringify(result)).not.toContain('9610a8f6');

    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/ppp/api/v1/getSessionToken.do',
      headers: { 'content-type': 'application/json' },
    });
    const sent = request!.json as Record<string, string>;
    expect(Object.keys(sent).sort()).toEqual([
      'checksum',
      'clientRequestId',
      'merchantId',
      'merchantSiteId',
      'timeStamp',
    ]);
    expect(sent).toMatchObject({
      merchantId: CREDENTIALS.merchantId,
      merchantSiteId: CREDENTIALS.merchantSiteId,
    });
    expect(sent.timeStamp).toMatch(/^\d{14}$/);
    expect(sent.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.checksum).toBe(expectedChecksum(sent));
    expect(JSON.stringify(sent)).not.toContain(CREDENTIALS.merchantSecretKey);
  });

  it('uses MD5 for a site set to MD5, and a fresh clientRequestId on every check', async () => {
    mock.on('POST', '/ppp/api/v1/getSessionToken.do', SESSION);
    await mock.verify({ ...CREDENTIALS, hashType: 'md5' }, 'live');
    await mock.verify(CREDENTIALS, 'live');
    const [md5, sha] = mock.requests.map((r) => r.json as Record<string, string>);
    expect(md5!.checksum).toBe(expectedChecksum(md5!, 'md5'));
    expect(sha!.checksum).toBe(expectedChecksum(sha!));
    expect(md5!.clientRequestId).not.toBe(sha!.clientRequestId);
  });

  it('reports an invalid checksum (1001) as a wrong secret key or hash type', async () => {
    mock.on('POST', '/ppp/api/v1/getSessionToken.do', errorAnswer(1001, 'Invalid checksum'));
    expect(await mock.verify(CREDENTIALS)).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['merchantSecretKey', 'hashType'],
      retryable: false,
    });
  });

  it('names the merchant ID for 1002 and 1013, the site ID for 1003 and 1022, both for 1017', async () => {
    const cases: [number, string, string[]][] = [
      [1002, 'Merchant does not exist', ['merchantId']],
      [1013, 'Invalid merchant ID', ['merchantId']],
      [1003, 'Merchant site does not exist', ['merchantSiteId']],
      [1022, 'Invalid merchant site ID', ['merchantSiteId']],
      [1017, 'Invalid merchant/merchant site', ['merchantId', 'merchantSiteId']],
    ];
    for (const [code, reason, fields] of cases) {
      mock.on('POST', '/ppp/api/v1/getSessionToken.do', errorAnswer(code, reason));
      expect(await mock.verify(CREDENTIALS)).toMatchObject({
        ok: false,
        reason: 'invalid_credentials',
        fields,
      });
    }
  });

  it('does not guess at other error codes (general error 1000, invalid timestamp 1021)', async () => {
    mock.on('POST', '/ppp/api/v1/getSessionToken.do', errorAnswer(1000, 'General Error'));
    const result = await mock.verify(CREDENTIALS);
    expect(result).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    expect(result.ok === false && result.message).toContain('1000');
    mock.on('POST', '/ppp/api/v1/getSessionToken.do', errorAnswer(1021, 'Invalid timestamp'));
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
  });

  it('does not trust a SUCCESS without a token, an answer to another request, or a body that is not JSON', async () => {
    mock.on('POST', '/ppp/api/v1/getSessionToken.do', (r) => ({
      status: 200,
      body: { ...sessionAnswer(r), sessionToken: '' },
    }));
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('POST', '/ppp/api/v1/getSessionToken.do', (r) => ({
      status: 200,
      body: { ...sessionAnswer(r), clientRequestId: 'other' },
    }));
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('POST', '/ppp/api/v1/getSessionToken.do', { status: 200, body: '<html>maintenance</html>' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('POST', '/ppp/api/v1/getSessionToken.do', { status: 429, body: 'Too Many Requests' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });
});

describe('Nuvei discover, per documented response', () => {
  const mock = useMockProvider(connector);

  it('opens a session, then reads getMerchantPaymentMethods with its token, both signed', async () => {
    mock.fallback(ROUTES);
    expect(await mock.discover(CREDENTIALS)).toEqual({ ok: true, discovered: DISCOVERED });
    expect(mock.requests.map((r) => r.path)).toEqual([
      '/ppp/api/v1/getSessionToken.do',
      '/ppp/api/v1/getMerchantPaymentMethods.do',
    ]);
    const sent = mock.requests[1]!.json as Record<string, string>;
    expect(sent).toMatchObject({
      sessionToken: '9610a8f6-44cf-4c4f-976a-005da69a2a3b',
      merchantId: CREDENTIALS.merchantId,
      merchantSiteId: CREDENTIALS.merchantSiteId,
      languageCode: 'en',
    });
    expect(sent.checksum).toBe(expectedChecksum(sent));
  });

  it('maps Apple Pay and Google Pay, and reports a site with nothing enabled as no methods', async () => {
    mock.fallback((r) =>
      r.path.endsWith('/getMerchantPaymentMethods.do')
        ? {
            status: 200,
            body: {
              ...sessionAnswer(r),
              paymentMethods: [
                { paymentMethod: 'ppp_ApplePay', currencies: ['USD', 'EUR'] },
                { paymentMethod: 'ppp_GooglePay', currencies: ['USD'] },
              ],
            },
          }
        : SESSION(r),
    );
    expect(await mock.discover(CREDENTIALS)).toEqual({
      ok: true,
      discovered: {
        paymentMethods: [
          { method: 'applepay', currencies: ['EUR', 'USD'] },
          { method: 'googlepay', currencies: ['USD'] },
        ],
      },
    });
    mock.fallback((r) =>
      r.path.endsWith('/getMerchantPaymentMethods.do')
        ? { status: 200, body: { ...sessionAnswer(r), paymentMethods: [] } }
        : SESSION(r),
    );
    expect(await mock.discover(CREDENTIALS)).toEqual({
      ok: true,
      discovered: { paymentMethods: [] },
    });
  });

  it('reports a refused session, or an error while listing, as a failure', async () => {
    mock.fallback(errorAnswer(1001, 'Invalid checksum'));
    expect(await mock.discover(CREDENTIALS)).toMatchObject({ ok: false, reason: 'invalid_credentials' });
    expect(mock.requests).toHaveLength(1);
    mock.fallback((r) =>
      r.path.endsWith('/getMerchantPaymentMethods.do') ? errorAnswer(1000, 'General Error')(r) : SESSION(r),
    );
    expect(await mock.discover(CREDENTIALS)).toMatchObject({ ok: false, reason: 'provider_unavailable' });
  });
});
