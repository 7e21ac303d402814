import { fileURLToPath } from 'node:url';
import { runVerify } from '@paycore/core';
import { checkRequestAgainstSpec, createMockProvider, type RecordedRequest } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const SPEC = fileURLToPath(new URL('./fixtures/mollie.openapi.json', import.meta.url));

async function recordVerify(environment: 'sandbox' | 'live', apiKey: string): Promise<RecordedRequest> {
  const mock = await createMockProvider();
  try {
    mock.fallback({
      status: 200,
      headers: { 'content-type': 'application/hal+json' },
      body: {
        resource: 'profile',
        id: 'pfl_85dxyKqNHa',
        mode: environment === 'live' ? 'live' : 'test',
        status: 'verified',
      },
    });
    const result = await runVerify(
      connector,
      { environment, credentials: { apiKey } },
      { egressOverrides: mock.overridesFor(['api.mollie.com']) },
    );
    expect(result.ok).toBe(true);
    expect(mock.requests).toHaveLength(1);
    return mock.requests[0]!;
  } finally {
    await mock.close();
  }
}

describe('Mollie verify request against the official OpenAPI document', () => {
  it('is get-current-profile with the apiKey bearer scheme, in test and live mode', async () => {
    for (const [environment, apiKey] of [
      ['sandbox', 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM'],
      ['live', 'live_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM'],
    ] as const) {
      const request = await recordVerify(environment, apiKey);
      expect(await checkRequestAgainstSpec(SPEC, request)).toEqual({
        valid: true,
        operationId: 'get-current-profile',
        errors: [],
      });
    }
  });

  it('would catch a request without the key, with Basic auth or to the wrong path', async () => {
    const request = await recordVerify('sandbox', 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM');
    expect(await checkRequestAgainstSpec(SPEC, { ...request, headers: {} })).toEqual({
      valid: false,
      errors: [{ path: '/v2/profiles/me', message: 'Authorization header required' }],
    });
    const basic = { ...request, headers: { ...request.headers, authorization: 'Basic dGVzdF86' } };
    expect(await checkRequestAgainstSpec(SPEC, basic)).toEqual({
      valid: false,
      errors: [{ path: '/v2/profiles/me', message: "Authorization header with scheme 'Bearer' required" }],
    });
    expect(await checkRequestAgainstSpec(SPEC, { ...request, path: '/v2/profile/me' })).toEqual({
      valid: false,
      errors: [{ path: '/v2/profile/me', message: 'not found' }],
    });
  });
});
