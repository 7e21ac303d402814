import { fileURLToPath } from 'node:url';
import { checkRequestAgainstSpec, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const SPEC = fileURLToPath(new URL('./fixtures/przelewy24.openapi.json', import.meta.url));
const CREDENTIALS = { merchantId: '999999', apiKey: 'a2c35b4a070f7a42d2a675c521e5331f' };

describe('Przelewy24 requests against the official OpenAPI document', () => {
  const mock = useMockProvider(connector);

  it('sends testAccess with Basic authentication and nothing undocumented', async () => {
    mock.fallback({ status: 200, body: { data: true, error: '' } });
    await mock.verify(CREDENTIALS);
    expect(mock.requests).toHaveLength(1);
    expect(await checkRequestAgainstSpec(SPEC, mock.requests[0]!)).toEqual({ valid: true, errors: [] });
  });

  it('sends the payment methods calls as the document describes them', async () => {
    mock.fallback({ status: 200, body: { data: [], agreements: [], responseCode: 0 } });
    await mock.discover(CREDENTIALS);
    expect(mock.requests).toHaveLength(2);
    for (const request of mock.requests) {
      expect(await checkRequestAgainstSpec(SPEC, request)).toEqual({ valid: true, errors: [] });
    }
  });

  it('would catch a request without credentials or in an undocumented language', async () => {
    const base = { method: 'GET', query: {}, body: '', json: undefined, form: undefined };
    expect(
      (await checkRequestAgainstSpec(SPEC, { ...base, path: '/api/v1/testAccess', headers: {} })).valid,
    ).toBe(false);
    const german = await checkRequestAgainstSpec(SPEC, {
      ...base,
      path: '/api/v1/payment/methods/de',
      headers: { authorization: 'Basic OTk5OTk5OmtleQ==' },
    });
    expect(german.valid).toBe(false);
  });
});
