import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runDiscover, runVerify } from '@paycore/core';
import { checkRequestAgainstSpec, createMockProvider, type RecordedRequest } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import { TEST_KEY, TWO_METHODS } from './mollie-answers.js';

const SPEC = fileURLToPath(new URL('./fixtures/mollie.openapi.json', import.meta.url));

// Two changes to an in-memory copy of list-methods, for express-openapi-validator's sake:
// - it also accepts OAuth, which the validator does not check, so a request without a token would
//   pass: only the API key the connector sends is kept;
// - the validator fills an omitted optional deepObject parameter with `{}` and then requires its
//   properties (cdimascio/express-openapi-validator#656, #734): `amount`, which the connector
//   does not send, is dropped.
const METHODS_SPEC = JSON.parse(readFileSync(SPEC, 'utf8')) as {
  paths: Record<string, Record<string, { security?: unknown; parameters?: { name?: string }[] }>>;
};
const listMethods = METHODS_SPEC.paths['/v2/methods']!.get!;
listMethods.security = [{ apiKey: [] }];
listMethods.parameters = listMethods.parameters?.filter((parameter) => parameter.name !== 'amount');

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

describe('Mollie discover request against the official OpenAPI document', () => {
  it('is list-methods with the apiKey bearer scheme and the includeWallets parameter', async () => {
    const mock = await createMockProvider();
    try {
      mock.fallback({ status: 200, headers: { 'content-type': 'application/hal+json' }, body: TWO_METHODS });
      const outcome = await runDiscover(
        connector,
        { environment: 'sandbox', credentials: { apiKey: TEST_KEY } },
        { egressOverrides: mock.overridesFor(['api.mollie.com']) },
      );
      expect(outcome.ok).toBe(true);
      expect(mock.requests).toHaveLength(1);
      const request = mock.requests[0]!;
      expect(await checkRequestAgainstSpec(METHODS_SPEC, request)).toEqual({
        valid: true,
        operationId: 'list-methods',
        errors: [],
      });
      expect(await checkRequestAgainstSpec(METHODS_SPEC, { ...request, headers: {} })).toMatchObject({
        valid: false,
      });
      expect(
        await checkRequestAgainstSpec(METHODS_SPEC, { ...request, query: { includeWallets: 'samsungpay' } }),
      ).toMatchObject({ valid: false });
    } finally {
      await mock.close();
    }
  });
});
