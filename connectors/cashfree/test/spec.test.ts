import { fileURLToPath } from 'node:url';
import { checkRequestAgainstSpec } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import { useMockProvider } from '@paycore/testkit';
import connector from '../src/index.js';

// PayCore's description of the two operations, written from Cashfree's official OpenAPI document
// (see fixtures/SOURCE.md).
const SPEC = fileURLToPath(new URL('./fixtures/cashfree-pg.openapi.json', import.meta.url));
const credentials = {
  appId: 'TEST1234567890abcdef1234567890abcdef',
  secretKey: 'cfsk_ma_test_0123456789abcdef0123456789abcdef_89abcdef',
};

describe('Cashfree requests against the official OpenAPI description', () => {
  const mock = useMockProvider(connector);

  it('sends verify’s request as PGFetchOrder with the merchant key pair', async () => {
    mock.fallback({
      status: 404,
      body: { message: 'Order not found', code: 'order_not_found', type: 'invalid_request_error' },
    });
    expect(await mock.verify(credentials)).toMatchObject({ ok: true });
    const [request] = mock.requests;
    if (!request) throw new Error('verify sent no request');
    expect(await checkRequestAgainstSpec(SPEC, request)).toEqual({
      valid: true,
      operationId: 'PGFetchOrder',
      errors: [],
    });
  });

  it('sends discover’s request as PGEligibilityFetchPaymentMethods with a valid body and headers', async () => {
    mock.fallback({ status: 200, body: [] });
    expect(await mock.discover(credentials)).toMatchObject({ ok: true });
    const [request] = mock.requests;
    if (!request) throw new Error('discover sent no request');
    expect(await checkRequestAgainstSpec(SPEC, request)).toEqual({
      valid: true,
      operationId: 'PGEligibilityFetchPaymentMethods',
      errors: [],
    });
  });

  it('would catch a request without the secret, the API version or a query', async () => {
    mock.fallback({ status: 200, body: [] });
    await mock.discover(credentials);
    const [request] = mock.requests;
    if (!request) throw new Error('discover sent no request');
    const without = (name: string) =>
      Object.fromEntries(Object.entries(request.headers).filter(([header]) => header !== name));
    expect(
      (await checkRequestAgainstSpec(SPEC, { ...request, headers: without('x-client-secret') })).valid,
    ).toBe(false);
    expect(
      (await checkRequestAgainstSpec(SPEC, { ...request, headers: without('x-api-version') })).valid,
    ).toBe(false);
    expect(
      (await checkRequestAgainstSpec(SPEC, { ...request, headers: without('x-client-device') })).valid,
    ).toBe(false);
    const empty = { ...request, body: '{}', json: {} };
    expect((await checkRequestAgainstSpec(SPEC, empty)).valid).toBe(false);
  });
});
