import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runDiscover, runVerify } from '@paycore/core';
import { checkRequestAgainstSpec, createMockProvider, type RecordedRequest } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// The trimmed copy of Rapyd's official OpenAPI document described in fixtures/SOURCE.md. It is not
// committed here (material fetched from another repository stays out of this one's commits); the
// check runs once it is placed there, or with RAPYD_OPENAPI naming a copy elsewhere.
const SPEC =
  process.env.RAPYD_OPENAPI ?? fileURLToPath(new URL('./fixtures/rapyd.openapi.json', import.meta.url));
const CREDENTIALS = {
  accessKey: 'rak_5C0FFEE0D15EA5E0B0A7',
  secretKey: 'rsk_6d2243dbab56dcca580fcb0a39e9fa1ea5fa14f8b3156103cd736a148940b05cbfb91a2fe1f41c13',
};
const SUCCESS = { status: { error_code: '', status: 'SUCCESS', message: '', response_code: '' }, data: [] };
const HOSTS = { sandbox: 'sandboxapi.rapyd.net', live: 'api.rapyd.net' } as const;

async function record(
  hook: 'verify' | 'discover',
  environment: 'sandbox' | 'live',
): Promise<RecordedRequest[]> {
  const mock = await createMockProvider();
  try {
    mock.fallback({ status: 200, body: SUCCESS });
    const options = { egressOverrides: mock.overridesFor([HOSTS[environment]]) };
    const input = { environment, credentials: CREDENTIALS };
    const outcome =
      hook === 'verify'
        ? await runVerify(connector, input, options)
        : await runDiscover(connector, input, options);
    expect(outcome.ok).toBe(true);
    return mock.requests;
  } finally {
    await mock.close();
  }
}

describe.skipIf(!existsSync(SPEC))('Rapyd requests against the official OpenAPI document', () => {
  it('verify sends listCountries with every required header, in sandbox and production', async () => {
    for (const environment of ['sandbox', 'live'] as const) {
      const requests = await record('verify', environment);
      expect(requests).toHaveLength(1);
      expect(await checkRequestAgainstSpec(SPEC, requests[0]!)).toEqual({
        valid: true,
        operationId: 'listCountries',
        errors: [],
      });
    }
  });

  it('discover sends getPaymentMethodsTypesByCountry with every required header', async () => {
    const requests = await record('discover', 'live');
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      expect(await checkRequestAgainstSpec(SPEC, request)).toEqual({
        valid: true,
        operationId: 'getPaymentMethodsTypesByCountry',
        errors: [],
      });
    }
  });

  it('would catch a request without a signing header or to the wrong path', async () => {
    const [request] = await record('verify', 'sandbox');
    const { signature: _signature, ...unsigned } = request!.headers;
    expect(await checkRequestAgainstSpec(SPEC, { ...request!, headers: unsigned })).toEqual({
      valid: false,
      errors: [{ path: '/headers/signature', message: "must have required property 'signature'" }],
    });
    expect(await checkRequestAgainstSpec(SPEC, { ...request!, path: '/v1/data/country' })).toEqual({
      valid: false,
      errors: [{ path: '/v1/data/country', message: 'not found' }],
    });
  });
});
