import { fileURLToPath } from 'node:url';
import { runDiscover, runVerify } from '@paycore/core';
import { checkRequestAgainstSpec, createMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import { ACCOUNT, DEFAULT_CONFIGURATION, stripeAnswers } from './stripe-answers.js';

const SPEC = fileURLToPath(new URL('./fixtures/stripe.openapi.json', import.meta.url));

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

  it('reads the account in discover with GetAccount, bearer authentication and nothing undocumented', async () => {
    const mock = await createMockProvider();
    try {
      mock.fallback(stripeAnswers([DEFAULT_CONFIGURATION], ACCOUNT));
      const outcome = await runDiscover(
        connector,
        { environment: 'sandbox', credentials: { secretKey: 'sk_test_51HqLyjWDarjtT1zdp7dcXBxQ' } },
        { egressOverrides: mock.overridesFor(['api.stripe.com']) },
      );
      expect(outcome.ok).toBe(true);
      const account = mock.requests.find((request) => request.path === '/v1/account');
      expect(await checkRequestAgainstSpec(SPEC, account!)).toEqual({
        valid: true,
        operationId: 'GetAccount',
        errors: [],
      });
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
