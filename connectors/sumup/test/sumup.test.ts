import { describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// Made-up keys in the sup_sk_ form of SumUp's official TypeScript SDK README (sumup/sumup-ts).
const KEY = 'sup_sk_MvxmLOl0Q7tR2yU5iO8pA1sD4fG6hJ9k';

// 200 of GET /v0.1/me: the MerchantAccount schema of SumUp's OpenAPI document (sumup/sumup-ts
// openapi.json before dfe7d2d): merchant_profile.merchant_code (example MH4H92C7), company_name,
// country, and with include[]=country_details the address's country_details.currency. Values are
// illustrative.
const ACCOUNT = {
  account: { username: 'owner@example.com', type: 'normal' },
  merchant_profile: {
    merchant_code: 'MH4H92C7',
    company_name: 'Kaffeebar Mitte GmbH',
    country: 'DE',
    address: { country: 'DE', country_details: { currency: 'EUR', iso_code: 'DE', en_name: 'Germany' } },
  },
};
// The three documented 401 examples of GET /v0.1/me in the same document, verbatim.
const INVALID_TOKEN = { error_message: 'invalid access token', error_code: 'NOT_AUTHORIZED' };
const NOT_AUTHORIZED_TOKEN = { error_message: 'NOT_AUTHORIZED', error_code: 'NOT_AUTHORIZED' };
const MISSING_TOKEN = { message: 'access token required', error_code: 'NOT_AUTHORIZED' };

const CONNECTED = {
  ok: true,
  account: {
    id: 'MH4H92C7',
    name: 'Kaffeebar Mitte GmbH',
    country: 'DE',
    defaultCurrency: 'EUR',
    livemode: false,
  },
};

describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: { apiKey: KEY } },
      { environment: 'live', credentials: { apiKey: KEY } },
    ],
    invalid: [
      { credentials: { apiKey: 'sup_pk_Q7tR2yU5iO8pA1sD' }, field: 'apiKey', because: 'a public key' },
      { credentials: { apiKey: 'sk_test_51HqLyjWDarjtT1zd' }, field: 'apiKey', because: 'not a SumUp key' },
      { credentials: {}, field: 'apiKey', because: 'missing' },
      {
        credentials: { apiKey: KEY, merchantCode: 'MH4H92C7' },
        field: 'merchantCode',
        because: 'unknown field',
      },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: { apiKey: KEY } },
    respond: { status: 200, body: ACCOUNT },
    account: CONNECTED.account,
  },
  invalid: {
    input: { environment: 'sandbox', credentials: { apiKey: KEY } },
    respond: { status: 401, body: INVALID_TOKEN },
  },
  // No wrongEnvironment sample: test and live accounts share api.sumup.com and their keys look alike.
});

describe('SumUp verify, per documented response', () => {
  const mock = useMockProvider(connector);

  it('reads GET /v0.1/me with the key as a Bearer token and reports the merchant profile', async () => {
    mock.on('GET', '/v0.1/me', { status: 200, body: ACCOUNT });
    expect(await mock.verify({ apiKey: KEY })).toEqual(CONNECTED);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/v0.1/me',
      query: { 'include[]': 'country_details' },
      body: '',
      headers: { authorization: `Bearer ${KEY}` },
    });
  });

  it('marks a live connection as live, without the fields the profile leaves out', async () => {
    mock.on('GET', '/v0.1/me', { status: 200, body: { merchant_profile: { merchant_code: 'MK10CL2A' } } });
    expect(await mock.verify({ apiKey: KEY }, 'live')).toEqual({
      ok: true,
      account: { id: 'MK10CL2A', livemode: true },
    });
  });

  it('reports the "invalid access token" 401 as invalid credentials', async () => {
    mock.on('GET', '/v0.1/me', { status: 401, body: INVALID_TOKEN });
    expect(await mock.verify({ apiKey: KEY })).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['apiKey'],
      retryable: false,
    });
  });

  it('reports the "access token required" 401 as invalid credentials', async () => {
    mock.on('GET', '/v0.1/me', { status: 401, body: MISSING_TOKEN });
    expect(await mock.verify({ apiKey: KEY })).toMatchObject({ ok: false, reason: 'invalid_credentials' });
  });

  it('reports a valid key of an application not authorised to read the profile as a missing permission', async () => {
    mock.on('GET', '/v0.1/me', { status: 401, body: NOT_AUTHORIZED_TOKEN });
    expect(await mock.verify({ apiKey: KEY })).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['apiKey'],
      retryable: false,
    });
  });

  it('reports 429 and 5xx as retryable', async () => {
    for (const status of [429, 500, 503]) {
      mock.on('GET', '/v0.1/me', { status, body: { message: 'busy' } });
      expect(await mock.verify({ apiKey: KEY })).toMatchObject({
        ok: false,
        reason: 'provider_unavailable',
        retryable: true,
      });
    }
  });

  it('does not trust a 200 without a merchant code, or a 401 without SumUp’s error code', async () => {
    mock.on('GET', '/v0.1/me', { status: 200, body: '<html>captive portal</html>' });
    expect(await mock.verify({ apiKey: KEY })).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('GET', '/v0.1/me', { status: 401, body: 'Unauthorized' });
    expect(await mock.verify({ apiKey: KEY })).toMatchObject({ reason: 'provider_unavailable' });
    mock.on('GET', '/v0.1/me', { status: 403, body: { error_code: 'FORBIDDEN' } });
    expect(await mock.verify({ apiKey: KEY })).toMatchObject({ reason: 'provider_unavailable' });
  });
});
