import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runDiscover, runVerify } from '@paycore/core';
import { checkRequestAgainstSpec, createMockProvider, type RecordedRequest } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import { LOCATIONS, TOKEN } from './square-answers.js';

const SPEC_PATH = fileURLToPath(new URL('./fixtures/square.openapi.json', import.meta.url));

interface Spec {
  [key: string]: unknown;
  servers: { url: string }[];
  paths: Record<string, Record<string, { security?: unknown }>>;
  components: { securitySchemes: Record<string, unknown> };
}
const FILE = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;

// RetrieveMerchant's and ListLocations' only requirement is the `oauth2` scheme, which express-openapi-validator does
// not check, so even a request without a token would pass. Square sends OAuth and personal tokens
// as `Authorization: Bearer …`, so the in-memory copy states that as an HTTP bearer scheme.
// (`nullable` beside `$ref` in nine response properties is dropped by the testkit itself.)
const SPEC = structuredClone(FILE);
SPEC.components.securitySchemes.squareBearer = { type: 'http', scheme: 'bearer' };
SPEC.paths['/v2/merchants/{merchant_id}']!.get!.security = [{ squareBearer: [] }];
SPEC.paths['/v2/locations']!.get!.security = [{ squareBearer: [] }];

async function recordVerify(environment: 'sandbox' | 'live'): Promise<RecordedRequest> {
  const mock = await createMockProvider();
  try {
    mock.fallback({
      status: 200,
      body: { merchant: { id: 'DM7VKY8Q63GNP', country: 'US', status: 'ACTIVE' } },
    });
    const result = await runVerify(
      connector,
      { environment, credentials: { accessToken: TOKEN } },
      { egressOverrides: mock.overridesFor(['connect.squareupsandbox.com', 'connect.squareup.com']) },
    );
    expect(result.ok).toBe(true);
    expect(mock.requests).toHaveLength(1);
    return mock.requests[0]!;
  } finally {
    await mock.close();
  }
}

describe('Square verify request against the official OpenAPI document', () => {
  it('lists both hosts the connector calls as servers', () => {
    expect(FILE.servers.map((server) => server.url)).toEqual([
      'https://connect.squareup.com',
      'https://connect.squareupsandbox.com',
    ]);
    expect(Object.values(connector.manifest.environments).map((env) => env.baseUrl)).toEqual([
      'https://connect.squareupsandbox.com',
      'https://connect.squareup.com',
    ]);
  });

  it('is RetrieveMerchant with a Bearer token, in sandbox and production', async () => {
    for (const environment of ['sandbox', 'live'] as const) {
      const request = await recordVerify(environment);
      expect(await checkRequestAgainstSpec(SPEC, request)).toEqual({
        valid: true,
        operationId: 'RetrieveMerchant',
        errors: [],
      });
    }
  });

  it('would catch a request without a token, with another scheme or to the wrong path', async () => {
    const request = await recordVerify('sandbox');
    expect(await checkRequestAgainstSpec(SPEC, { ...request, headers: {} })).toEqual({
      valid: false,
      errors: [{ path: '/v2/merchants/{merchant_id}', message: 'Authorization header required' }],
    });
    const basic = { ...request, headers: { ...request.headers, authorization: `Basic ${TOKEN}` } };
    expect(await checkRequestAgainstSpec(SPEC, basic)).toMatchObject({
      valid: false,
      errors: [{ message: expect.stringMatching(/bearer/i) }],
    });
    expect(await checkRequestAgainstSpec(SPEC, { ...request, path: '/v2/merchant/me' })).toEqual({
      valid: false,
      errors: [{ path: '/v2/merchant/me', message: 'not found' }],
    });
  });
});

describe('Square discover request against the official OpenAPI document', () => {
  it('is ListLocations with a Bearer token, in sandbox and production', async () => {
    for (const environment of ['sandbox', 'live'] as const) {
      const mock = await createMockProvider();
      try {
        mock.fallback({ status: 200, body: LOCATIONS });
        const outcome = await runDiscover(
          connector,
          { environment, credentials: { accessToken: TOKEN } },
          { egressOverrides: mock.overridesFor(['connect.squareupsandbox.com', 'connect.squareup.com']) },
        );
        expect(outcome.ok).toBe(true);
        expect(mock.requests).toHaveLength(1);
        expect(await checkRequestAgainstSpec(SPEC, mock.requests[0]!)).toEqual({
          valid: true,
          operationId: 'ListLocations',
          errors: [],
        });
        expect(await checkRequestAgainstSpec(SPEC, { ...mock.requests[0]!, headers: {} })).toMatchObject({
          valid: false,
        });
      } finally {
        await mock.close();
      }
    }
  });
});
