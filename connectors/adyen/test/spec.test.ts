import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runVerify } from '@paycore/core';
import { checkRequestAgainstSpec, createMockProvider, type RecordedRequest } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const SPEC_PATH = fileURLToPath(new URL('./fixtures/adyen-checkout.openapi.json', import.meta.url));
const SPEC = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Record<string, unknown>;
// The document lists only the test server. Adyen's live-endpoints page documents the live one as
// https://[prefix]-checkout-live.adyenpayments.com/checkout/[version]; added here, not in the file.
const SPEC_WITH_LIVE = {
  ...SPEC,
  servers: [
    ...(SPEC.servers as object[]),
    {
      url: 'https://{prefix}-checkout-live.adyenpayments.com/checkout/v72',
      variables: { prefix: { default: '1797a841fbb37ca7-AdyenDemo' } },
    },
  ],
};

const CREDENTIALS = {
  apiKey: 'AQEyhmfxK4PJahZCw0m/n3Q5qf3VaY9UCJ1+XWZe9W27jmlZiv4PD4jhfNMofnLr2K5i8/0QwV1bDb7kfNy1WIxIIkxgBw==',
  merchantAccount: 'AdyenDemoECOM',
  liveUrlPrefix: '1797a841fbb37ca7-AdyenDemo',
};

async function recordVerify(environment: 'sandbox' | 'live'): Promise<RecordedRequest> {
  const mock = await createMockProvider();
  try {
    mock.fallback({ status: 200, body: { paymentMethods: [{ name: 'Cards', type: 'scheme' }] } });
    const result = await runVerify(
      connector,
      { environment, credentials: CREDENTIALS },
      {
        egressOverrides: mock.overridesFor([
          'checkout-test.adyen.com',
          '1797a841fbb37ca7-adyendemo-checkout-live.adyenpayments.com',
        ]),
      },
    );
    expect(result.ok).toBe(true);
    expect(mock.requests).toHaveLength(1);
    return mock.requests[0]!;
  } finally {
    await mock.close();
  }
}

describe('Adyen verify request against the official Checkout API v72 OpenAPI document', () => {
  it('is post-paymentMethods with the API key scheme and a valid body, in test', async () => {
    const request = await recordVerify('sandbox');
    expect(await checkRequestAgainstSpec(SPEC_PATH, request)).toEqual({
      valid: true,
      operationId: 'post-paymentMethods',
      errors: [],
    });
  });

  it('is the same operation under the documented live base path', async () => {
    const request = await recordVerify('live');
    expect(request.path).toBe('/checkout/v72/paymentMethods');
    expect(await checkRequestAgainstSpec(SPEC_WITH_LIVE, request)).toEqual({
      valid: true,
      operationId: 'post-paymentMethods',
      errors: [],
    });
  });

  it('would catch a request without credentials, without a merchant account or to the wrong path', async () => {
    const request = await recordVerify('sandbox');
    const { 'x-api-key': _key, ...noKey } = request.headers;
    expect((await checkRequestAgainstSpec(SPEC_PATH, { ...request, headers: noKey })).valid).toBe(false);
    expect((await checkRequestAgainstSpec(SPEC_PATH, { ...request, body: '{}', json: {} })).valid).toBe(
      false,
    );
    expect((await checkRequestAgainstSpec(SPEC_PATH, { ...request, path: '/v72/paymentMethod' })).valid).toBe(
      false,
    );
  });
});
