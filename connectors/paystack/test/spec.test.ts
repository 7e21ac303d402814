import { fileURLToPath } from 'node:url';
import { runDiscover, runVerify } from '@paycore/core';
import { checkRequestAgainstSpec, createMockProvider, type RecordedRequest } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const SPEC = fileURLToPath(new URL('./fixtures/paystack.openapi.json', import.meta.url));

async function recordVerify(environment: 'sandbox' | 'live', secretKey: string): Promise<RecordedRequest> {
  const mock = await createMockProvider();
  try {
    mock.fallback({ status: 200, body: { status: true, message: 'Balances retrieved', data: [] } });
    const result = await runVerify(
      connector,
      { environment, credentials: { secretKey } },
      { egressOverrides: mock.overridesFor(['api.paystack.co']) },
    );
    expect(result.ok).toBe(true);
    expect(mock.requests).toHaveLength(1);
    return mock.requests[0]!;
  } finally {
    await mock.close();
  }
}

describe('Paystack verify request against the official OpenAPI document', () => {
  it('is balance_fetch with bearer authentication, in test and live mode', async () => {
    for (const [environment, secretKey] of [
      ['sandbox', 'sk_test_3b1e9d0a6f0c44d5a1c2e7f8b9d0c1a2b3c4d5e6'],
      ['live', 'sk_live_3b1e9d0a6f0c44d5a1c2e7f8b9d0c1a2b3c4d5e6'],
    ] as const) {
      const request = await recordVerify(environment, secretKey);
      expect(await checkRequestAgainstSpec(SPEC, request)).toEqual({
        valid: true,
        operationId: 'balance_fetch',
        errors: [],
      });
    }
  });

  it('sends discover\u2019s request as balance_fetch with bearer authentication too', async () => {
    const mock = await createMockProvider();
    try {
      mock.fallback({ status: 200, body: { status: true, message: 'Balances retrieved', data: [] } });
      const input = {
        environment: 'live' as const,
        credentials: { secretKey: 'sk_live_3b1e9d0a6f0c44d5a1c2e7f8b9d0c1a2b3c4d5e6' },
      };
      const outcome = await runDiscover(connector, input, {
        egressOverrides: mock.overridesFor(['api.paystack.co']),
      });
      expect(outcome.ok).toBe(true);
      expect(mock.requests.length).toBeGreaterThan(0);
      for (const request of mock.requests) {
        expect(await checkRequestAgainstSpec(SPEC, request)).toEqual({
          valid: true,
          operationId: 'balance_fetch',
          errors: [],
        });
      }
    } finally {
      await mock.close();
    }
  });

  it('would catch a request without the key, with another scheme or to the wrong path', async () => {
    const request = await recordVerify('sandbox', 'sk_test_3b1e9d0a6f0c44d5a1c2e7f8b9d0c1a2b3c4d5e6');
    expect(await checkRequestAgainstSpec(SPEC, { ...request, headers: {} })).toEqual({
      valid: false,
      errors: [{ path: '/balance', message: 'Authorization header required' }],
    });
    const bare = { ...request, headers: { ...request.headers, authorization: 'sk_test_3b1e9d0a6f0c44d5' } };
    expect(await checkRequestAgainstSpec(SPEC, bare)).toEqual({
      valid: false,
      errors: [{ path: '/balance', message: "Authorization header with scheme 'Bearer' required" }],
    });
    expect(await checkRequestAgainstSpec(SPEC, { ...request, path: '/balances' })).toEqual({
      valid: false,
      errors: [{ path: '/balances', message: 'not found' }],
    });
  });
});
