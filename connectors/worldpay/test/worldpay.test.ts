import { runVerify } from '@paycore/core';
import { createMockProvider, describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const credentials = { username: 'w7Kq2ZpX9sRtLm4N', password: 'Vh3!pQ9zR2t#Lm8xWc5y', entity: 'default' };
const sandbox = { environment: 'sandbox' as const, credentials };

// 200 from GET / on Try, as in the "Query the root resource" section of Worldpay's Get started guides.
const ROOT = {
  _links: {
    'payments:authorize': { href: 'https://try.access.worldpay.com/payments/authorizations' },
    'service:payments': { href: 'https://try.access.worldpay.com/payments' },
    'service:sessions': { href: 'https://try.access.worldpay.com/sessions' },
    'service:tokens': { href: 'https://try.access.worldpay.com/tokens' },
    'service:verifications/accounts': { href: 'https://try.access.worldpay.com/verifications/accounts' },
    'service:verifications/customers/3ds': {
      href: 'https://try.access.worldpay.com/verifications/customers/3ds',
    },
    'service:verifiedTokens': { href: 'https://try.access.worldpay.com/verifiedTokens' },
  },
};
// 401 for refused credentials: the status is documented (API principles, errors); the body is [obs].
const ACCESS_DENIED = {
  status: 401,
  body: { errorName: 'accessDenied', message: 'Access to the requested resource has been denied' },
};

describeConnector(connector, {
  credentials: {
    valid: [
      sandbox,
      {
        environment: 'live',
        credentials: { username: credentials.username, password: credentials.password },
      },
    ],
    invalid: [
      { credentials: { username: credentials.username }, field: 'password', because: 'missing' },
      {
        credentials: { username: 'user:name', password: 'x' },
        field: 'username',
        because: 'contains a colon',
      },
      {
        credentials: { ...credentials, entity: ' default' },
        field: 'entity',
        because: 'starts with a space',
      },
      {
        credentials: { ...credentials, merchantCode: 'ACME' },
        field: 'merchantCode',
        because: 'unknown field',
      },
    ],
  },
  valid: { input: sandbox, respond: { status: 200, body: ROOT }, account: { livemode: false } },
  invalid: { input: sandbox, respond: ACCESS_DENIED },
});

describe('Worldpay verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = () =>
    runVerify(connector, sandbox, { egressOverrides: mock.overridesFor(['try.access.worldpay.com']) });

  it('gets the root resource with Basic auth and the versioned Accept media type', async () => {
    mock.on('GET', '/', { status: 200, body: ROOT });
    expect(await verify()).toEqual({ ok: true, account: { livemode: false } });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'GET',
      path: '/',
      body: '',
      headers: {
        authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
        accept: 'application/vnd.worldpay.payments-v7+json',
      },
    });
  });

  it('uses the Live host in live', async () => {
    const live = await createMockProvider();
    live.on('GET', '/', { status: 200, body: ROOT });
    try {
      const result = await runVerify(
        connector,
        { environment: 'live', credentials },
        {
          egressOverrides: {
            'https://access.worldpay.com': live.origin,
            'https://try.access.worldpay.com': mock.origin,
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

  it('reports 401 accessDenied as invalid credentials, pointing at Try vs Live', async () => {
    mock.on('GET', '/', ACCESS_DENIED);
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Worldpay refused the username and password (accessDenied). Check that both are the Try credentials, not the Live ones, and copy them again',
      fields: ['username', 'password'],
      retryable: false,
    });
  });

  it('reports a 401 without a body as invalid too, echoing nothing it cannot vouch for', async () => {
    mock.on('GET', '/', { status: 401 });
    expect(await verify()).toMatchObject({
      reason: 'invalid_credentials',
      message:
        'Worldpay refused the username and password. Check that both are the Try credentials, not the Live ones, and copy them again',
    });
    mock.on('GET', '/', { status: 401, body: { errorName: 'see https://evil.example', message: 'x' } });
    const result = await verify();
    expect(result.ok === false && result.message).not.toContain('evil');
  });

  it('reports rate limiting and server errors as retryable', async () => {
    mock.on('GET', '/', { status: 429 });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/', {
      status: 500,
      body: { errorName: 'internalErrorOccurred', message: 'Unexpected internal error occurred' },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 200 that is not the root resource', async () => {
    mock.on('GET', '/', { status: 200, body: '<html>Worldpay</html>' });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('GET', '/', { status: 200, body: { _links: {} } });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
