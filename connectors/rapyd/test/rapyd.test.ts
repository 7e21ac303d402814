import { createHmac } from 'node:crypto';
import { describeConnector, type RecordedRequest, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// Made-up keys in the shape Rapyd's Client Portal shows (rak_/rsk_ and hex; Rapyd documents no format).
const CREDENTIALS = {
  accessKey: 'rak_5C0FFEE0D15EA5E0B0A7',
  secretKey: 'rsk_6d2243dbab56dcca580fcb0a39e9fa1ea5fa14f8b3156103cd736a148940b05cbfb91a2fe1f41c13',
};
// The older shape: 20 upper-case hex characters and 80 lower-case ones, without prefixes.
const OLDER_CREDENTIALS = {
  accessKey: '9A1F3C5E7B2D4F6A8C0E',
  secretKey: '0b4f2c8e6a1d3f5b7c9e0a2d4f6b8c1e3a5d7f9b0c2e4a6d8f1b3c5e7a9d0f2b4c6e8a1d3f5b7c9e',
};

const SUCCESS_STATUS = {
  error_code: '',
  status: 'SUCCESS',
  message: '',
  response_code: '',
  operation_id: 'b5f3c1a2-6d7e-4f80-9a1b-2c3d4e5f6a7b',
};
// 200 of List Countries: the response fields of docs.rapyd.net/en/list-countries.html (id, name,
// iso_alpha2, iso_alpha3, currency_code, currency_name, currency_sign, phone_code), shortened as
// Rapyd's own sample is; the values are illustrative.
const COUNTRIES = {
  status: SUCCESS_STATUS,
  data: [
    {
      id: 14,
      name: 'Austria',
      iso_alpha2: 'AT',
      iso_alpha3: 'AUT',
      currency_code: 'EUR',
      currency_name: 'Euro',
      currency_sign: '€',
      phone_code: '43',
    },
    {
      id: 142,
      name: 'Mexico',
      iso_alpha2: 'MX',
      iso_alpha3: 'MEX',
      currency_code: 'MXN',
      currency_name: 'Mexican Peso',
      currency_sign: '$',
      phone_code: '52',
    },
  ],
};
const error = (status: number, errorCode: string, message: string) => ({
  status,
  body: {
    status: {
      error_code: errorCode,
      status: 'ERROR',
      message,
      response_code: errorCode,
      operation_id: 'd183191e-9b61-411d-8b0b-ff13c634b14e',
    },
  },
});
// 401 for a wrong access key or signature: the body of "Access Key Problem" on
// docs.rapyd.net/en/troubleshooting-authentication-and-authorization-errors.html, also the
// inline_response_401 example of Rapyd's official OpenAPI document (Rapyd-Samples/RapydOpenAPI).
const UNAUTHENTICATED = error(
  401,
  'UNAUTHENTICATED_API_CALL',
  "The request was rejected due to an authentication issue. Corrective action: Check the status of your account in the 'Account Details' page of the Client Portal.",
);
// 401 UNAUTHORIZED_API_CALL, empty message, from the same troubleshooting page ("Your company is not
// configured to use the feature", or a path or method that does not exist).
const UNAUTHORIZED = error(401, 'UNAUTHORIZED_API_CALL', '');
// 400 MISSING_AUTHENTICATION_HEADERS, from the same page.
const MISSING_HEADERS = error(
  400,
  'MISSING_AUTHENTICATION_HEADERS',
  'The request did not contain the required headers for authentication. The request was rejected. Corrective action: Add authentication headers.',
);

// List Payment Methods by Country entries with fields of the PaymentMethodType schema in Rapyd's
// OpenAPI document (type, name, category, country, currencies, supported_digital_wallet_providers;
// the connector reads category, currencies and the wallet providers). us_visa_card, it_visa_card,
// dk_visa_card, us_ach_bank, mx_diestel_cash and ph_cebuana_lhuillier_cash appear in Rapyd's OpenAPI
// document and samples; the other type names follow Rapyd's documented <country>_<name>_<suffix> form.
// The values (names, currencies per type) are illustrative.
const method = (type: string, category: string, currencies: unknown[], extra: object = {}) => ({
  type,
  name: type.slice(3).replaceAll('_', ' '),
  category,
  country: type.slice(0, 2).toUpperCase(),
  currencies,
  ...extra,
});
const METHODS_BY_COUNTRY: Record<string, unknown[]> = {
  US: [
    method('us_visa_card', 'card', ['USD'], {
      supported_digital_wallet_providers: ['apple_pay', 'google_pay'],
    }),
    method('us_ach_bank', 'bank_transfer', ['USD']),
  ],
  IT: [method('it_visa_card', 'card', ['EUR'])],
  DK: [method('dk_visa_card', 'card', ['DKK', 'EUR'])],
  MX: [method('mx_diestel_cash', 'cash', ['MXN']), method('mx_spei_bank', 'bank_redirect', ['MXN'])],
  PH: [method('ph_cebuana_lhuillier_cash', 'cash', ['PHP']), method('ph_gcash_ewallet', 'ewallet', ['PHP'])],
};
const COUNTRY_PATH = /^\/v1\/payment_methods\/countries\/([A-Z]{2})$/;
const paymentMethodsRoute = (request: RecordedRequest) => {
  const country = COUNTRY_PATH.exec(request.path)?.[1];
  const data = country ? METHODS_BY_COUNTRY[country] : undefined;
  return data
    ? { status: 200, body: { status: SUCCESS_STATUS, data } }
    : error(400, 'MISSING_INVALID_PARAMETERS', '');
};
const DISCOVERED = {
  paymentMethods: [
    { method: 'payment_card', currencies: ['DKK', 'EUR', 'USD'] },
    { method: 'applepay', currencies: ['USD'] },
    { method: 'googlepay', currencies: ['USD'] },
    { method: 'bank_transfer', currencies: ['USD'] },
    { method: 'cash', currencies: ['MXN', 'PHP'] },
  ],
};

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: CREDENTIALS },
      { environment: 'live', credentials: OLDER_CREDENTIALS },
    ],
    invalid: [
      {
        credentials: { accessKey: CREDENTIALS.secretKey, secretKey: CREDENTIALS.secretKey },
        field: 'accessKey',
        because: 'the secret key pasted as the access key',
      },
      {
        credentials: { accessKey: CREDENTIALS.accessKey, secretKey: CREDENTIALS.accessKey },
        field: 'secretKey',
        because: 'the access key pasted as the secret key',
      },
      {
        credentials: { ...CREDENTIALS, accessKey: 'rak_ 5C0FFEE0D15EA5E0B0A7' },
        field: 'accessKey',
        because: 'a space inside',
      },
      { credentials: { secretKey: CREDENTIALS.secretKey }, field: 'accessKey', because: 'missing' },
      { credentials: { accessKey: CREDENTIALS.accessKey }, field: 'secretKey', because: 'missing' },
      { credentials: { ...CREDENTIALS, salt: 'x' }, field: 'salt', because: 'unknown field' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: { status: 200, body: COUNTRIES },
    account: { livemode: false },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: UNAUTHENTICATED,
  },
  // Rapyd's keys carry no documented mark of their environment, so there is no wrong-environment case.
  discover: {
    input: { environment: 'sandbox', credentials: CREDENTIALS },
    respond: paymentMethodsRoute,
    expected: DISCOVERED,
  },
});

/** Recomputed here with node:crypto from Rapyd's documented formula, independently of src/sign.ts. */
function expectedSignature(request: RecordedRequest, credentials = CREDENTIALS): string {
  const query = new URLSearchParams(request.query).toString();
  const toSign =
    request.method.toLowerCase() +
    request.path +
    (query ? `?${query}` : '') +
    request.headers.salt +
    request.headers.timestamp +
    credentials.accessKey +
    credentials.secretKey +
    request.body;
  const hex = createHmac('sha256', credentials.secretKey).update(toSign).digest('hex');
  return Buffer.from(hex).toString('base64');
}

function expectSigned(request: RecordedRequest | undefined, credentials = CREDENTIALS) {
  expect(request).toBeDefined();
  const sent = request!;
  expect(sent.headers).toMatchObject({
    access_key: credentials.accessKey,
    'content-type': 'application/json',
  });
  expect(sent.headers.salt).toMatch(/^[0-9a-f]{16}$/);
  const timestamp = Number(sent.headers.timestamp);
  const now = Math.floor(Date.now() / 1000);
  // Never in the future, and well inside the 60 seconds Rapyd allows.
  expect(timestamp).toBeLessThanOrEqual(now);
  expect(now - timestamp).toBeLessThan(40);
  expect(sent.headers.signature).toBe(expectedSignature(sent, credentials));
  expect(JSON.stringify(sent.headers)).not.toContain(credentials.secretKey);
}

describe('Rapyd verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('reads List Countries with a signed GET and takes Rapyd’s SUCCESS answer as valid keys', async () => {
    mock.on('GET', '/v1/data/countries', { status: 200, body: COUNTRIES });
    expect(await mock.verify(CREDENTIALS)).toEqual({ ok: true, account: { livemode: false } });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/v1/data/countries',
      query: {},
      body: '',
    });
    expectSigned(mock.requests[0]);
  });

  it('signs with a fresh salt every time', async () => {
    mock.on('GET', '/v1/data/countries', { status: 200, body: COUNTRIES });
    await mock.verify(CREDENTIALS);
    await mock.verify(CREDENTIALS);
    expect(mock.requests[0]!.headers.salt).not.toBe(mock.requests[1]!.headers.salt);
  });

  it('reports production keys as live, in the older key shape too', async () => {
    mock.on('GET', '/v1/data/countries', { status: 200, body: COUNTRIES });
    expect(await mock.verify(OLDER_CREDENTIALS, 'live')).toEqual({ ok: true, account: { livemode: true } });
    expectSigned(mock.requests[0], OLDER_CREDENTIALS);
  });

  it('reports 401 UNAUTHENTICATED_API_CALL as invalid credentials on both keys, naming the environment', async () => {
    mock.fallback(UNAUTHENTICATED);
    const result = await mock.verify(CREDENTIALS);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['accessKey', 'secretKey'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toContain('Sandbox environment');
    expect(result.ok === false && result.message).toContain('Account Details');
    const live = await mock.verify(CREDENTIALS, 'live');
    expect(live.ok === false && live.message).toContain('production environment');
  });

  it('reads UNAUTHENTICATED_API_CALL by its code, whatever its message', async () => {
    // Messages Rapyd has been seen to send with this code in public reports: "Invalid signature"
    // (gist.github.com/chrisjensen/c19cf0c46eeedec225d333c258e34aa6) and "access_key header is not
    // valid" (community.rapyd.net/t/what-does-this-error-code-means-unauthenticated-api-call/4176).
    for (const message of ['Invalid signature', 'access_key header is not valid']) {
      mock.fallback(error(401, 'UNAUTHENTICATED_API_CALL', message));
      expect(await mock.verify(CREDENTIALS)).toMatchObject({
        reason: 'invalid_credentials',
        fields: ['accessKey', 'secretKey'],
      });
    }
  });

  it('reports 401 UNAUTHORIZED_API_CALL as a missing permission, not as bad keys', async () => {
    mock.fallback(UNAUTHORIZED);
    expect(await mock.verify(CREDENTIALS)).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      retryable: false,
    });
  });

  it('reports the firewall’s 429 and server errors as retryable', async () => {
    mock.fallback({ status: 429, body: '<html><body>Too Many Requests</body></html>' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
    mock.fallback({ status: 503, body: '' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable', retryable: true });
  });

  it('does not read a 401 without Rapyd’s envelope, or MISSING_AUTHENTICATION_HEADERS, as bad keys', async () => {
    mock.fallback({ status: 401, body: '<html>Unauthorized</html>' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    mock.fallback(MISSING_HEADERS);
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
  });

  it('does not take a 200 that is not Rapyd’s SUCCESS answer with a list as proof', async () => {
    mock.fallback({ status: 200, body: '<html>Scheduled maintenance</html>' });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    mock.fallback({ status: 200, body: { status: { ...SUCCESS_STATUS, status: 'ERROR' }, data: [] } });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
    mock.fallback({ status: 200, body: { status: SUCCESS_STATUS } });
    expect(await mock.verify(CREDENTIALS)).toMatchObject({ reason: 'provider_unavailable' });
  });
});

describe('Rapyd discover, per documented response', () => {
  const mock = useMockProvider(connector);

  it('lists the payment methods of five countries with signed GETs and maps their categories', async () => {
    mock.fallback(paymentMethodsRoute);
    expect(await mock.discover(CREDENTIALS)).toEqual({ ok: true, discovered: DISCOVERED });
    expect(mock.requests.map((r) => r.path).sort()).toEqual([
      '/v1/payment_methods/countries/DK',
      '/v1/payment_methods/countries/IT',
      '/v1/payment_methods/countries/MX',
      '/v1/payment_methods/countries/PH',
      '/v1/payment_methods/countries/US',
    ]);
    for (const request of mock.requests) {
      expect(request).toMatchObject({ method: 'GET', query: {}, body: '' });
      expectSigned(request);
    }
  });

  it('reports an account with no payment methods in those countries as having none', async () => {
    mock.fallback({ status: 200, body: { status: SUCCESS_STATUS, data: [] } });
    expect(await mock.discover(CREDENTIALS)).toEqual({ ok: true, discovered: { paymentMethods: [] } });
  });

  it('leaves out categories the vocabulary has no code for, and currencies that are not ISO codes', async () => {
    mock.fallback({
      status: 200,
      body: {
        status: SUCCESS_STATUS,
        data: [
          method('ph_gcash_ewallet', 'ewallet', ['PHP']),
          method('nl_ideal_bank', 'bank_redirect', ['EUR']),
          method('us_visa_card', 'card', ['usd', 'USD', 7]),
        ],
      },
    });
    expect(await mock.discover(CREDENTIALS)).toEqual({
      ok: true,
      discovered: { paymentMethods: [{ method: 'payment_card', currencies: ['USD'] }] },
    });
  });

  it('fails as verify does when one country’s answer is an error', async () => {
    mock.fallback(paymentMethodsRoute);
    mock.on('GET', '/v1/payment_methods/countries/MX', UNAUTHORIZED);
    expect(await mock.discover(CREDENTIALS)).toMatchObject({ ok: false, reason: 'insufficient_permissions' });
    mock.on('GET', '/v1/payment_methods/countries/MX', UNAUTHENTICATED);
    expect(await mock.discover(CREDENTIALS)).toMatchObject({ ok: false, reason: 'invalid_credentials' });
    mock.on('GET', '/v1/payment_methods/countries/MX', {
      status: 200,
      body: { status: SUCCESS_STATUS, data: {} },
    });
    expect(await mock.discover(CREDENTIALS)).toMatchObject({ ok: false, reason: 'provider_unavailable' });
  });
});
