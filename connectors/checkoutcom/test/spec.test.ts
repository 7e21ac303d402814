import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runVerify } from '@paycore/core';
import { checkRequestAgainstSpec, createMockProvider, type RecordedRequest } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const SPEC_PATH = fileURLToPath(new URL('./fixtures/checkout-com.openapi.json', import.meta.url));
// GET /payments/{id} accepts OAuth or ApiSecretKey. express-openapi-validator does not check
// oauth2 schemes, so with OAuth left as an alternative even a request without any Authorization
// header passes. The connector uses the secret key scheme, so the check is made against that
// alternative alone, on an in-memory copy; the fixture file is unchanged.
const SPEC = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as {
  paths: Record<string, Record<string, { security?: unknown }>>;
};
SPEC.paths['/payments/{id}']!.get!.security = [{ ApiSecretKey: [] }];

async function recordVerify(environment: 'sandbox' | 'live', secretKey: string): Promise<RecordedRequest> {
  const mock = await createMockProvider();
  try {
    mock.fallback({ status: 404 });
    const result = await runVerify(
      connector,
      { environment, credentials: { secretKey } },
      { egressOverrides: mock.overridesFor(['api.sandbox.checkout.com', 'api.checkout.com']) },
    );
    expect(result.ok).toBe(true);
    expect(mock.requests).toHaveLength(1);
    return mock.requests[0]!;
  } finally {
    await mock.close();
  }
}

describe('Checkout.com verify request against the official OpenAPI document', () => {
  // GET /payments/{id} has no operationId in this document, so a match shows as valid without one.
  it('is GET /payments/{id} with a well-formed id and the secret key scheme, in sandbox and production', async () => {
    for (const [environment, key] of [
      ['sandbox', 'sk_sbox_m73dzbpy7cf3gfd46xr4yj5xo4e'],
      ['live', 'sk_m73dzbpy7cf3gfd46xr4yj5xo4e'],
    ] as const) {
      const request = await recordVerify(environment, key);
      expect(await checkRequestAgainstSpec(SPEC, request)).toEqual({ valid: true, errors: [] });
    }
  });

  it('would catch a request without credentials, with a malformed id or to the wrong path', async () => {
    const request = await recordVerify('sandbox', 'sk_sbox_m73dzbpy7cf3gfd46xr4yj5xo4e');
    const unauthenticated = await checkRequestAgainstSpec(SPEC, { ...request, headers: {} });
    expect(unauthenticated).toMatchObject({
      valid: false,
      errors: [{ message: "'Authorization' header required" }],
    });
    const malformedId = await checkRequestAgainstSpec(SPEC, { ...request, path: '/payments/pay_123' });
    expect(malformedId).toMatchObject({ valid: false, errors: [{ path: '/params/id' }] });
    const wrongPath = await checkRequestAgainstSpec(SPEC, { ...request, path: '/payment/pay_123' });
    expect(wrongPath.valid).toBe(false);
  });
});
