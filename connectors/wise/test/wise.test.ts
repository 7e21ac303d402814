import { runVerify } from '@paycore/core';
import { createMockProvider, describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const TOKEN = '3f2c9a7e-5b1d-4e8a-9c6f-0d4b2a1e7c53';
const sandbox = { environment: 'sandbox' as const, credentials: { apiToken: TOKEN } };

// 200 from GET /v2/profiles: a personal and a business profile with the v2 fields documented in
// the Wise API reference (Profile: id, type PERSONAL/BUSINESS, currentState, businessName, …).
const PERSONAL = {
  id: 14575282,
  publicId: 'a1b2c3d4-e5f6-7890-1234-567890abcdef',
  userId: 9889627,
  type: 'PERSONAL',
  email: 'sarah.jenkins@example.com',
  currentState: 'VISIBLE',
  firstName: 'Sarah',
  lastName: 'Jenkins',
  fullName: 'Sarah Jenkins',
};
const BUSINESS = {
  id: 14575283,
  publicId: 'b2c3d4e5-f6a7-8901-2345-67890abcdef1',
  userId: 9889627,
  type: 'BUSINESS',
  email: 'finance@abc-logistics.example',
  currentState: 'VISIBLE',
  businessName: 'ABC Logistics Ltd',
  registrationNumber: '12144939',
  companyType: 'LIMITED',
  fullName: 'ABC Logistics Ltd',
};

// 401 for an unknown token, or a token of the other environment [obs]
// (transferwise/public-api-postman-collection#13). Wise echoes the token it was sent.
const INVALID_TOKEN = { error: 'invalid_token', error_description: TOKEN };

describeConnector(connector, {
  credentials: {
    valid: [
      sandbox,
      { environment: 'live', credentials: { apiToken: '3F2C9A7E-5B1D-4E8A-9C6F-0D4B2A1E7C53' } },
    ],
    invalid: [
      { credentials: {}, field: 'apiToken', because: 'missing' },
      {
        credentials: { apiToken: '3f2c9a7e5b1d4e8a9c6f0d4b2a1e7c53' },
        field: 'apiToken',
        because: 'no dashes',
      },
      {
        credentials: { apiToken: '3f2c9a7e-5b1d-4e8a-9c6f-0d4b2a1e7c5' },
        field: 'apiToken',
        because: 'one character short',
      },
      {
        credentials: { apiToken: 'zz2c9a7e-5b1d-4e8a-9c6f-0d4b2a1e7c53' },
        field: 'apiToken',
        because: 'not hexadecimal',
      },
    ],
  },
  valid: {
    input: sandbox,
    respond: { status: 200, body: [PERSONAL, BUSINESS] },
    account: { id: '14575283', name: 'ABC Logistics Ltd' },
  },
  invalid: { input: sandbox, respond: { status: 401, body: INVALID_TOKEN } },
});

describe('Wise verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials: { apiToken: TOKEN } },
      { egressOverrides: mock.overridesFor(['api.sandbox.transferwise.tech', 'api.wise.com']) },
    );

  it('lists the profiles with the token as Bearer and reports the business profile', async () => {
    mock.on('GET', '/v2/profiles', { status: 200, body: [PERSONAL, BUSINESS] });
    expect(await verify()).toEqual({
      ok: true,
      account: {
        id: '14575283',
        name: 'ABC Logistics Ltd',
        livemode: false,
        profileType: 'business',
        profiles: 2,
      },
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/v2/profiles',
      query: {},
      body: '',
      headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json' },
    });
  });

  it('uses api.wise.com in live', async () => {
    const live = await createMockProvider();
    live.on('GET', '/v2/profiles', { status: 200, body: [PERSONAL] });
    try {
      const result = await runVerify(
        connector,
        { environment: 'live', credentials: { apiToken: TOKEN } },
        {
          egressOverrides: {
            'https://api.wise.com': live.origin,
            'https://api.sandbox.transferwise.tech': mock.origin,
          },
        },
      );
      expect(result).toEqual({
        ok: true,
        account: {
          id: '14575282',
          name: 'Sarah Jenkins',
          livemode: true,
          profileType: 'personal',
          profiles: 1,
        },
      });
      expect(live.requests).toHaveLength(1);
      expect(mock.requests).toHaveLength(0);
    } finally {
      await live.close();
    }
  });

  it('reports the observed 401 invalid_token without echoing the token', async () => {
    mock.on('GET', '/v2/profiles', { status: 401, body: INVALID_TOKEN });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Wise refused the API token. Check that it was created on sandbox.transferwise.tech and not on wise.com (live): a token works only in the environment it comes from',
      fields: ['apiToken'],
      retryable: false,
    });
  });

  it('reads a profile list in the v1 shape (type and details) as well', async () => {
    // The 200 body quoted in research/provider-apis.md (google/osv-scalibr#1349), from /v1/profiles.
    mock.on('GET', '/v2/profiles', {
      status: 200,
      body: [
        { id: 11111111, type: 'personal', details: { firstName: 'Jane', lastName: 'Doe' } },
        { id: 11111112, type: 'business', details: { name: 'Jane Doe', companyType: 'SOLE_TRADER' } },
      ],
    });
    expect(await verify()).toMatchObject({
      ok: true,
      account: { id: '11111112', name: 'Jane Doe', profileType: 'business' },
    });
  });

  it('reports an account whose profiles are all deactivated as inactive', async () => {
    mock.on('GET', '/v2/profiles', {
      status: 200,
      body: [
        { ...PERSONAL, currentState: 'DEACTIVATED' },
        { ...BUSINESS, currentState: 'DEACTIVATED' },
      ],
    });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'account_inactive',
      message:
        'Wise accepted the token, but every profile on this Wise account is deactivated; contact Wise support',
      fields: ['apiToken'],
      retryable: false,
    });
  });

  it('skips a deactivated business profile and reports the active personal one', async () => {
    mock.on('GET', '/v2/profiles', {
      status: 200,
      body: [PERSONAL, { ...BUSINESS, currentState: 'DEACTIVATED' }],
    });
    expect(await verify()).toMatchObject({ ok: true, account: { id: '14575282', profileType: 'personal' } });
  });

  it('treats an undocumented 403 as unavailable, never as bad credentials', async () => {
    mock.on('GET', '/v2/profiles', { status: 403, body: { error: 'forbidden' } });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('GET', '/v2/profiles', { status: 429, body: '' });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 200 that is not a profile list', async () => {
    mock.on('GET', '/v2/profiles', { status: 200, body: { error: 'maintenance' } });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
