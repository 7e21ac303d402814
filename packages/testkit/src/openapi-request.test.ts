import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from './mock-provider.js';
import { checkRequestAgainstSpec } from './openapi-request.js';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Example', version: '1' },
  servers: [{ url: 'https://api.example.com/v2' }],
  components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  security: [{ bearer: [] }],
  paths: {
    '/accounts/{id}': {
      get: {
        operationId: 'getAccount',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^acc_' } },
          { name: 'Example-Version', in: 'header', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Account', nullable: true } },
            },
          },
        },
      },
    },
  },
} as Record<string, unknown>;
(SPEC.components as Record<string, unknown>).schemas = { Account: { type: 'object' } };

function request(patch: Partial<RecordedRequest> = {}): RecordedRequest {
  return {
    method: 'GET',
    path: '/v2/accounts/acc_123',
    query: {},
    headers: { authorization: 'Bearer sk_x', 'example-version': '2024-01-01' },
    body: '',
    json: undefined,
    form: undefined,
    ...patch,
  };
}

describe('checkRequestAgainstSpec', () => {
  it('accepts a request that matches the operation, naming it', async () => {
    expect(await checkRequestAgainstSpec(SPEC, request())).toEqual({
      valid: true,
      operationId: 'getAccount',
      errors: [],
    });
  });

  it('refuses a request without the security scheme', async () => {
    const check = await checkRequestAgainstSpec(
      SPEC,
      request({ headers: { 'example-version': '2024-01-01' } }),
    );
    expect(check.valid).toBe(false);
  });

  it('refuses a missing required header and a malformed path parameter', async () => {
    expect(
      (await checkRequestAgainstSpec(SPEC, request({ headers: { authorization: 'Bearer sk_x' } }))).valid,
    ).toBe(false);
    expect((await checkRequestAgainstSpec(SPEC, request({ path: '/v2/accounts/123' }))).valid).toBe(false);
  });

  it('refuses a request no operation matches, even outside the server base path', async () => {
    const check = await checkRequestAgainstSpec(SPEC, request({ path: '/accounts/acc_123' }));
    expect(check).toEqual({
      valid: false,
      errors: [{ path: '/accounts/acc_123', message: 'no operation matches GET /accounts/acc_123' }],
    });
  });
});
