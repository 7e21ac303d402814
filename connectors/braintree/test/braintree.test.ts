import { runVerify } from '@paycore/core';
import { createMockProvider, describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// The example key pair of Braintree's GraphQL guide ("Making API calls" → API Keys).
const PUBLIC_KEY = 'v4ndq314c2s5c28r';
const PRIVATE_KEY = '93b78bc88be90d93ac282e50ae569fdd';
const credentials = { merchantId: 'xd7gkwh5xhr4yr4x', publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY };
const sandbox = { environment: 'sandbox' as const, credentials };

// 200 for `query { ping }`, as the guide shows it.
const PONG = { data: { ping: 'pong' }, extensions: { requestId: 'c9d4a6a5-3f8e-4b1e-9b71-5f0e2d7c1a10' } };
// A refused key pair [obs]; Braintree may send it with HTTP 200 or 401.
const AUTHENTICATION_ERROR = {
  data: null,
  errors: [
    {
      message: 'Authentication credentials are invalid.',
      extensions: { errorClass: 'AUTHENTICATION', errorType: 'developer_error' },
    },
  ],
  extensions: { requestId: '5f0e2d7c-1a10-4b1e-9b71-c9d4a6a53f8e' },
};
// The other error classes the official SDK maps (braintree_node lib/braintree/graphql/graphql.js);
// the connector classifies on errorClass, so the message texts here are only illustrative.
const errorOf = (errorClass: string, message: string) => ({
  data: null,
  errors: [{ message, extensions: { errorClass, errorType: 'developer_error' } }],
  extensions: { requestId: '0e2d7c1a-105f-4b1e-9b71-c9d4a6a53f8e' },
});

describeConnector(connector, {
  credentials: {
    valid: [sandbox, { environment: 'live', credentials }],
    invalid: [
      {
        credentials: { publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY },
        field: 'merchantId',
        because: 'missing',
      },
      { credentials: { ...credentials, publicKey: 'v4nd' }, field: 'publicKey', because: 'too short' },
      {
        credentials: { ...credentials, privateKey: '93b78bc8 8be90d93ac282e50ae569fdd' },
        field: 'privateKey',
        because: 'contains a space',
      },
      {
        credentials: { ...credentials, tokenizationKey: 'sandbox_x' },
        field: 'tokenizationKey',
        because: 'unknown field',
      },
    ],
  },
  valid: { input: sandbox, respond: { status: 200, body: PONG }, account: { livemode: false } },
  invalid: { input: sandbox, respond: { status: 200, body: AUTHENTICATION_ERROR } },
});

describe('Braintree verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = () =>
    runVerify(connector, sandbox, {
      egressOverrides: mock.overridesFor(['payments.sandbox.braintree-api.com']),
    });

  it('posts the ping query with Basic public:private key auth and a Braintree-Version', async () => {
    mock.on('POST', '/graphql', { status: 200, body: PONG });
    expect(await verify()).toEqual({ ok: true, account: { livemode: false } });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/graphql',
      headers: {
        // The guide's own example header for this key pair.
        authorization: 'Basic djRuZHEzMTRjMnM1YzI4cjo5M2I3OGJjODhiZTkwZDkzYWMyODJlNTBhZTU2OWZkZA==',
        'braintree-version': '2019-01-01',
        'content-type': 'application/json',
      },
      json: { query: 'query { ping }' },
    });
  });

  it('uses the production host in live', async () => {
    const live = await createMockProvider();
    live.on('POST', '/graphql', { status: 200, body: PONG });
    try {
      const result = await runVerify(
        connector,
        { environment: 'live', credentials },
        {
          egressOverrides: {
            'https://payments.braintree-api.com': live.origin,
            'https://payments.sandbox.braintree-api.com': mock.origin,
          },
        },
      );
      expect(result).toEqual({ ok: true, account: { livemode: true } });
      expect(live.requests).toHaveLength(1);
      expect(mock.requests).toHaveLength(0);
    } finally {
      await live.close();
    }
  });

  it('reports an AUTHENTICATION error in a 200 body as invalid, naming both keys and the other environment', async () => {
    mock.on('POST', '/graphql', { status: 200, body: AUTHENTICATION_ERROR });
    const result = await verify();
    expect(result).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Braintree refused the public and private key. Copy both again from Settings (gear icon) → API in the Braintree Sandbox Control Panel; keys from the Production Control Panel do not work here',
      fields: ['publicKey', 'privateKey'],
      retryable: false,
    });
  });

  it('reports HTTP 401 as invalid, with the error body or without one', async () => {
    mock.on('POST', '/graphql', { status: 401, body: AUTHENTICATION_ERROR });
    expect(await verify()).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['publicKey', 'privateKey'],
      retryable: false,
    });
    mock.on('POST', '/graphql', { status: 401 });
    expect(await verify()).toMatchObject({ ok: false, reason: 'invalid_credentials', retryable: false });
  });

  it('reports an AUTHORIZATION error as valid keys without permission', async () => {
    mock.on('POST', '/graphql', {
      status: 200,
      body: errorOf('AUTHORIZATION', 'User does not have the required permissions.'),
    });
    expect(await verify()).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['publicKey', 'privateKey'],
      retryable: false,
    });
    mock.on('POST', '/graphql', { status: 403 });
    expect(await verify()).toMatchObject({ ok: false, reason: 'insufficient_permissions' });
  });

  it('reports an unsupported API version as a connector to fix, not as bad keys', async () => {
    mock.on('POST', '/graphql', {
      status: 200,
      body: errorOf('UNSUPPORTED_CLIENT', 'Unsupported Braintree-Version.'),
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'misconfigured', retryable: false });
    mock.on('POST', '/graphql', { status: 426 });
    expect(await verify()).toMatchObject({ ok: false, reason: 'misconfigured', retryable: false });
  });

  it('reports rate limiting and internal errors as retryable, even inside a 200', async () => {
    for (const errorClass of ['RESOURCE_LIMIT', 'INTERNAL', 'SERVICE_AVAILABILITY']) {
      mock.on('POST', '/graphql', { status: 200, body: errorOf(errorClass, 'Try again later.') });
      expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    }
    mock.on('POST', '/graphql', { status: 429, body: errorOf('RESOURCE_LIMIT', 'Too many requests.') });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 200 without "pong"', async () => {
    mock.on('POST', '/graphql', { status: 200, body: '<html>maintenance</html>' });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/graphql', {
      status: 200,
      body: { data: { ping: 'pong' }, errors: [{ message: 'partial' }] },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
