import { createHmac } from 'node:crypto';
import { runVerify } from '@paycore/core';
import {
  createMockProvider,
  describeConnector,
  type RecordedRequest,
  useMockProvider,
} from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const CREDENTIALS = {
  merchantId: 'PayCoreShopTest',
  apiKeyId: '052BEFE7F9CD932D58D1',
  secretApiKey: 'mY0vTq3xZ8rL2nB6cD1fG5hJ9kP4sW7a',
};
const PATH = `/v2/${CREDENTIALS.merchantId}/services/testconnection`;

// The connection test's answer (TestConnection: `result`, "OK"): the API reference's response
// example and the official Java SDK's fixture src/test/resources/com/onlinepayments/communication/getWithoutQueryParams.json.
const OK = { result: 'OK' };
// Worldline's error answer (ErrorResponse: errorId + errors[APIError]) as the official SDKs model it.
const error = (status: number, code: string, id: string) => ({
  errorId: '0953f236-9e54-4f23-9556-d66bc757dda8',
  errors: [
    { category: 'DIRECT_PLATFORM_ERROR', code, errorCode: code, httpStatusCode: status, id, message: id },
  ],
});
// A bad API Key or signature: 401, code 9002 MISSING_OR_INVALID_AUTHORIZATION, as in Worldline's
// Connect .NET SDK (same GCS v1HMAC gateway), Worldline.Connect.Sdk.Tests/V1/Merchant/Payments/PaymentsClientTest.cs,
// body verbatim; Direct's own pages state no body for it (README → Unverified).
const INVALID_AUTHORIZATION = {
  errorId: 'fbd8d914-c889-45d3-a396-9e0d9ff9db88-0000006f',
  errors: [{ code: '9002', message: 'MISSING_OR_INVALID_AUTHORIZATION' }],
};
// A PSPID the key is not linked to: 403 (the official PHP and .NET SDKs' integration tests call
// testConnection / createPayment with an unknown merchant id and expect 403 with an error id),
// code 9007 ACCESS_TO_MERCHANT_NOT_ALLOWED.
const MERCHANT_NOT_ALLOWED = error(403, '9007', 'ACCESS_TO_MERCHANT_NOT_ALLOWED');
// Verbatim from the official Java SDK's fixture unknownServerError.json.
const SERVER_ERROR = {
  errorId: 'fbff1179-7ba4-4894-9021-d8a0011d23a7',
  errors: [{ code: '9999', message: 'UNKNOWN_SERVER_ERROR', httpStatusCode: 500 }],
};

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: CREDENTIALS },
      { environment: 'live', credentials: { ...CREDENTIALS, platform: 'anz' } },
    ],
    invalid: [
      {
        credentials: { ...CREDENTIALS, merchantId: 'my shop' },
        field: 'merchantId',
        because: 'a space in the PSPID',
      },
      {
        credentials: { ...CREDENTIALS, apiKeyId: 'GCS:v1' },
        field: 'apiKeyId',
        because: 'a colon would break the header',
      },
      { credentials: { ...CREDENTIALS, secretApiKey: 'short' }, field: 'secretApiKey', because: 'too short' },
      { credentials: { ...CREDENTIALS, platform: 'eu' }, field: 'platform', because: 'not a platform' },
      {
        credentials: { merchantId: 'x', apiKeyId: '052BEFE7F9CD932D58D1' },
        field: 'secretApiKey',
        because: 'missing',
      },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: { status: 200, body: OK },
    account: { id: CREDENTIALS.merchantId, livemode: false, platform: 'worldline' },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: { status: 401, body: INVALID_AUTHORIZATION },
  },
  // Worldline's keys and PSPIDs carry no mark of their environment, so there is no wrong-environment case.
});

/** Recomputed here with node:crypto from the documented algorithm, independently of src/sign.ts. */
function expectedAuthorization(request: RecordedRequest): string {
  const data = `GET\n\n${request.headers.date}\n${request.path}\n`;
  const signature = createHmac('sha256', CREDENTIALS.secretApiKey).update(data).digest('base64');
  return `GCS v1HMAC:${CREDENTIALS.apiKeyId}:${signature}`;
}

describe('Worldline Direct verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('signs GET /v2/{PSPID}/services/testconnection and reads {"result":"OK"} as valid credentials', async () => {
    mock.on('GET', PATH, { status: 200, body: OK });
    const before = Date.now();
    expect(await mock.verify(CREDENTIALS)).toEqual({
      ok: true,
      account: { id: CREDENTIALS.merchantId, livemode: false, platform: 'worldline' },
    });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({ method: 'GET', path: PATH, body: '' });
    expect(request!.headers['content-type']).toBeUndefined();
    const date = request!.headers.date!;
    expect(date).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(Math.abs(Date.parse(date) - before)).toBeLessThan(5000);
    expect(request!.headers.authorization).toBe(expectedAuthorization(request!));
    expect(JSON.stringify(request)).not.toContain(CREDENTIALS.secretApiKey);
  });

  it('calls the host of the chosen platform and environment, and only that host', async () => {
    const HOSTS = [
      'payment.preprod.direct.worldline-solutions.com',
      'payment.direct.worldline-solutions.com',
      'payment.preprod.anzworldline-solutions.com.au',
      'payment.anzworldline-solutions.com.au',
    ];
    const chosen = await createMockProvider();
    chosen.on('GET', PATH, { status: 200, body: OK });
    try {
      for (const [environment, platform, host] of [
        ['sandbox', 'worldline', HOSTS[0]],
        ['live', 'worldline', HOSTS[1]],
        ['sandbox', 'anz', HOSTS[2]],
        ['live', 'anz', HOSTS[3]],
      ] as const) {
        const result = await runVerify(
          connector,
          { environment, credentials: { ...CREDENTIALS, platform } },
          { egressOverrides: { ...mock.overridesFor(HOSTS), [`https://${host}`]: chosen.origin } },
        );
        expect(result).toEqual({
          ok: true,
          account: { id: CREDENTIALS.merchantId, livemode: environment === 'live', platform },
        });
      }
      expect(chosen.requests).toHaveLength(4);
      expect(mock.requests).toHaveLength(0);
    } finally {
      await chosen.close();
    }
  });

  it('reports 401 MISSING_OR_INVALID_AUTHORIZATION (9002) as a wrong API Key or API Secret', async () => {
    mock.on('GET', PATH, { status: 401, body: INVALID_AUTHORIZATION });
    const result = await mock.verify(CREDENTIALS);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['apiKeyId', 'secretApiKey'],
      retryable: false,
    });
    expect(JSON.stringify(result)).not.toContain(CREDENTIALS.secretApiKey);
  });

  it('reports 403 ACCESS_TO_MERCHANT_NOT_ALLOWED (9007) as a PSPID the key does not belong to', async () => {
    mock.on('GET', PATH, { status: 403, body: MERCHANT_NOT_ALLOWED });
    const result = await mock.verify(CREDENTIALS);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['merchantId', 'apiKeyId'],
    });
    expect(result.ok === false && result.message).toContain('PSPID');
  });

  it('names ANZ Worldline Payment Solutions in the message for platform anz', async () => {
    mock.on('GET', PATH, { status: 403, body: MERCHANT_NOT_ALLOWED });
    const result = await mock.verify({ ...CREDENTIALS, platform: 'anz' });
    expect(result.ok === false && result.message).toContain('ANZ Worldline Payment Solutions');
  });

  // 403 means "not authorized" in Worldline's response-code table; the error id here stands for any
  // error other than 9007 and is not one Worldline documents for this call.
  it('reports any other 403 error answer ("not authorized") as a missing permission, naming the error', async () => {
    mock.on('GET', PATH, { status: 403, body: error(403, '9008', 'ACTION_NOT_ALLOWED_ON_TARGET_MERCHANT') });
    const result = await mock.verify(CREDENTIALS);
    expect(result).toMatchObject({ ok: false, reason: 'insufficient_permissions', retryable: false });
    expect(result.ok === false && result.message).toContain('ACTION_NOT_ALLOWED_ON_TARGET_MERCHANT');
  });

  it('reports a 401 error answer without a known code as invalid credentials on every field', async () => {
    mock.on('GET', PATH, { status: 401, body: error(401, '9001', 'UNKNOWN_ERROR') });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['merchantId', 'apiKeyId', 'secretApiKey'],
    });
  });

  it('reports server errors (500 UNKNOWN_SERVER_ERROR, 502, 503) and rate limiting as retryable', async () => {
    for (const [status, body] of [
      [500, SERVER_ERROR],
      [502, error(502, '9999', 'UNKNOWN_SERVER_ERROR')],
      [503, 'Service Unavailable'],
      [429, 'Too Many Requests'],
    ] as const) {
      mock.on('GET', PATH, { status, body });
      expect(await mock.verify(CREDENTIALS)).toMatchObject({
        reason: 'provider_unavailable',
        retryable: true,
      });
    }
  });

  it('does not take a 200 without "OK", or a 401/403/404 that is not Worldline’s error answer, as an answer', async () => {
    mock.on('GET', PATH, { status: 200, body: '<html>maintenance</html>' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('GET', PATH, { status: 200, body: { result: 'NOK' } });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('GET', PATH, { status: 403, body: '<html>Forbidden</html>' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('GET', PATH, { status: 401, body: { errors: [] } });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    // The official Java SDK's notFound fixture: a 404 in text/html, "Not Found".
    mock.on('GET', PATH, { status: 404, body: 'Not Found' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
  });
});
