import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const PROD_TOKEN = 'APP_USR-4934588586838432-031211-8b3e5a7c9d1f2e4a6b8c0d2e4f6a8b0c-241983636';
const TEST_TOKEN = 'TEST-4934588586838432-031211-8b3e5a7c9d1f2e4a6b8c0d2e4f6a8b0c-241983636';

// 200 from GET /users/me: the fields of the profile as the official Node SDK types them
// (mercadopago/sdk-nodejs, src/clients/user/get/types.ts @4339894), trimmed to a seller account.
const ME = {
  id: 241983636,
  nickname: 'TIENDAEJEMPLO',
  registration_date: '2019-03-12T11:04:16.000-04:00',
  first_name: 'Ana',
  last_name: 'Gómez',
  country_id: 'AR',
  email: 'ventas@tienda-ejemplo.com.ar',
  identification: { number: '30712345678', type: 'CUIT' },
  user_type: 'normal',
  site_id: 'MLA',
  permalink: 'http://perfil.mercadolibre.com.ar/TIENDAEJEMPLO',
  tags: ['normal', 'mshops'],
  company: {
    brand_name: 'Tienda Ejemplo',
    city_tax_id: '',
    corporate_name: 'Tienda Ejemplo S.R.L.',
    identification: '30712345678',
    state_tax_id: '',
    cust_type_id: 'CO',
    soft_descriptor: 'TIENDAEJEMPLO',
  },
  status: { site_status: 'active', confirmed_email: true, mercadopago_tc_accepted: true },
};

// 401 for a request without a usable token, as the API answered in mercadopago/sdk-php#118 (Mercado
// Pago's error envelope { message, error, status, cause }). The API reference documents no body for
// GET /users/me, so the connector classifies on the status and only repeats the message.
const UNAUTHORIZED = {
  message: 'Must provide your access_token to proceed',
  error: 'unauthorized',
  status: 401,
  cause: [{ code: 5, description: 'Must provide your access_token to proceed', data: null }],
};

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'live', credentials: { accessToken: PROD_TOKEN } },
      { environment: 'sandbox', credentials: { accessToken: TEST_TOKEN } },
      { environment: 'sandbox', credentials: { accessToken: PROD_TOKEN } },
    ],
    invalid: [
      { credentials: {}, field: 'accessToken', because: 'missing' },
      {
        credentials: { accessToken: 'APP-USR-4934588586838432' },
        field: 'accessToken',
        because: 'not an APP_USR- or TEST- token',
      },
      { credentials: { accessToken: 'TEST-123' }, field: 'accessToken', because: 'too short' },
      {
        credentials: { accessToken: PROD_TOKEN, publicKey: 'APP_USR-1' },
        field: 'publicKey',
        because: 'unknown field',
      },
    ],
  },
  valid: {
    input: { environment: 'live', credentials: { accessToken: PROD_TOKEN } },
    respond: { status: 200, body: ME },
    account: {
      id: '241983636',
      name: 'Tienda Ejemplo',
      country: 'AR',
      defaultCurrency: 'ARS',
      livemode: true,
    },
  },
  invalid: {
    input: { environment: 'live', credentials: { accessToken: PROD_TOKEN } },
    respond: { status: 401, body: UNAUTHORIZED },
  },
  wrongEnvironment: { environment: 'live', credentials: { accessToken: TEST_TOKEN } },
});

describe('Mercado Pago verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('reads GET /users/me with the token as a Bearer and returns who the account is', async () => {
    mock.on('GET', '/users/me', { status: 200, body: ME });
    const result = await mock.verify({ accessToken: PROD_TOKEN }, 'live');
    expect(result).toEqual({
      ok: true,
      account: {
        id: '241983636',
        name: 'Tienda Ejemplo',
        email: 'ventas@tienda-ejemplo.com.ar',
        country: 'AR',
        defaultCurrency: 'ARS',
        livemode: true,
      },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/users/me',
      body: '',
      headers: { authorization: `Bearer ${PROD_TOKEN}`, accept: 'application/json' },
    });
  });

  it('names a person’s account by its nickname when it has no company', async () => {
    mock.on('GET', '/users/me', {
      status: 200,
      body: { ...ME, company: null, site_id: 'MLB', country_id: 'BR' },
    });
    expect(await mock.verify({ accessToken: TEST_TOKEN })).toMatchObject({
      ok: true,
      account: { name: 'TIENDAEJEMPLO', country: 'BR', defaultCurrency: 'BRL', livemode: false },
    });
  });

  it('accepts a test account’s APP_USR- token in the sandbox', async () => {
    mock.on('GET', '/users/me', { status: 200, body: ME });
    expect(await mock.verify({ accessToken: PROD_TOKEN }, 'sandbox')).toMatchObject({
      ok: true,
      account: { livemode: false },
    });
    expect(mock.requests).toHaveLength(1);
  });

  it('refuses a TEST- token in live before sending anything', async () => {
    expect(await mock.verify({ accessToken: TEST_TOKEN }, 'live')).toMatchObject({
      ok: false,
      reason: 'wrong_environment',
      fields: ['accessToken'],
      retryable: false,
    });
    expect(mock.requests).toHaveLength(0);
  });

  it('reports a 401 as invalid credentials with Mercado Pago’s message', async () => {
    mock.on('GET', '/users/me', { status: 401, body: UNAUTHORIZED });
    const result = await mock.verify({ accessToken: PROD_TOKEN }, 'live');
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['accessToken'],
      retryable: false,
    });
    expect(result.ok === false && result.message).toContain('Must provide your access_token to proceed');
  });

  it('reports a 403 as a missing permission, not bad credentials', async () => {
    // Mercado Pago documents no 403 body for this call; the envelope is its usual one.
    mock.on('GET', '/users/me', {
      status: 403,
      body: { message: 'forbidden', error: 'forbidden', status: 403, cause: [] },
    });
    expect(await mock.verify({ accessToken: PROD_TOKEN }, 'live')).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['accessToken'],
    });
  });

  it('reports rate limiting and server errors as retryable', async () => {
    mock.on('GET', '/users/me', { status: 429, body: { message: 'Too many requests', status: 429 } });
    expect(await mock.verify({ accessToken: PROD_TOKEN }, 'live')).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.on('GET', '/users/me', { status: 500, body: { message: 'internal_error', status: 500 } });
    expect(await mock.verify({ accessToken: PROD_TOKEN }, 'live')).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
  });

  it('does not trust a 200 that is not a user profile', async () => {
    mock.on('GET', '/users/me', { status: 200, body: '<html>maintenance</html>' });
    expect(await mock.verify({ accessToken: PROD_TOKEN }, 'live')).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
    });
  });
});
