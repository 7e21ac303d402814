import { fileURLToPath } from 'node:url';
import { runVerify } from '@paycore/core';
import { checkRequestAgainstSpec, createMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const SPEC = fileURLToPath(new URL('./fixtures/stripe.openapi.json', import.meta.url));

// Only the operations of the trimmed official document in the steering's shared/provider-specs are
// checked here; discover's requests are asserted against the API reference in discover.test.ts.
describe('Stripe requests against the official OpenAPI document', () => {
  it('is GetBalance with bearer authentication and nothing undocumented', async () => {
    const mock = await createMockProvider();
    try {
      mock.fallback({
        status: 200,
        body: { object: 'balance', livemode: false, available: [], pending: [] },
      });
      await runVerify(
        connector,
        { environment: 'sandbox', credentials: { secretKey: 'sk_test_51HqLyjWDarjtT1zdp7dcXBxQ' } },
        {
          egressOverrides: mock.overridesFor(['api.stripe.com']),
        },
      );
      expect(mock.requests).toHaveLength(1);
      const check = await checkRequestAgainstSpec(SPEC, mock.requests[0]!);
      expect(check).toEqual({ valid: true, operationId: 'GetBalance', errors: [] });
    } finally {
      await mock.close();
    }
  });

  it('would catch a request without credentials or to the wrong path', async () => {
    const base = { method: 'GET', query: {}, body: '', json: undefined, form: undefined };
    const unauthenticated = await checkRequestAgainstSpec(SPEC, {
      ...base,
      path: '/v1/balance',
      headers: {},
    });
    expect(unauthenticated.valid).toBe(false);
    const wrongPath = await checkRequestAgainstSpec(SPEC, {
      ...base,
      path: '/v1/balances',
      headers: { authorization: 'Bearer sk_test_x' },
    });
    expect(wrongPath.valid).toBe(false);
  });
});
