import { runVerify } from '@paycore/core';
import { createMockProvider, describeConnector, type MockResponse, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

// The public sandbox credentials of Authorize.net's own sample code.
const LOGIN_ID = '5KP3u95bQpv';
const TRANSACTION_KEY = '346HZ32z3fP4hTG2';
const credentials = { apiLoginId: LOGIN_ID, transactionKey: TRANSACTION_KEY };
const sandbox = { environment: 'sandbox' as const, credentials };

/**
 * An answer as Authorize.net sends it: always HTTP 200, JSON that starts with a UTF-8
 * byte-order mark, the outcome in `messages` (API reference, "Response codes").
 */
const answer = (resultCode: 'Ok' | 'Error', code: string, text: string): MockResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: `\uFEFF${JSON.stringify({ messages: { resultCode, message: [{ code, text }] } })}`,
});
const OK = answer('Ok', 'I00001', 'Successful.');
const E00007 = answer('Error', 'E00007', 'User authentication failed due to invalid authentication values.');

describeConnector(connector, {
  credentials: {
    valid: [sandbox, { environment: 'live', credentials }],
    invalid: [
      { credentials: { apiLoginId: LOGIN_ID }, field: 'transactionKey', because: 'missing' },
      {
        credentials: { ...credentials, transactionKey: '346HZ32z3fP4hTG' },
        field: 'transactionKey',
        because: '15 characters, not 16',
      },
      {
        credentials: { ...credentials, apiLoginId: 'a-login-id-that-is-far-too-long' },
        field: 'apiLoginId',
        because: 'longer than 25 characters, with dashes',
      },
      {
        credentials: { ...credentials, signatureKey: 'abc' },
        field: 'signatureKey',
        because: 'unknown field',
      },
    ],
  },
  valid: { input: sandbox, respond: OK, account: { livemode: false } },
  invalid: { input: sandbox, respond: E00007 },
});

describe('Authorize.net verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = () =>
    runVerify(connector, sandbox, { egressOverrides: mock.overridesFor(['apitest.authorize.net']) });

  it('posts authenticateTestRequest with the credentials in the body and reads the BOM-prefixed Ok', async () => {
    mock.on('POST', '/xml/v1/request.api', OK);
    expect(await verify()).toEqual({ ok: true, account: { livemode: false } });
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/xml/v1/request.api',
      headers: { 'content-type': 'application/json' },
      json: {
        authenticateTestRequest: {
          merchantAuthentication: { name: LOGIN_ID, transactionKey: TRANSACTION_KEY },
        },
      },
    });
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('uses the production host in live', async () => {
    const live = await createMockProvider();
    live.on('POST', '/xml/v1/request.api', OK);
    try {
      const result = await runVerify(
        connector,
        { environment: 'live', credentials },
        {
          egressOverrides: {
            'https://api.authorize.net': live.origin,
            'https://apitest.authorize.net': mock.origin,
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

  it('reports E00007 as invalid credentials and points at the other environment', async () => {
    mock.on('POST', '/xml/v1/request.api', E00007);
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Authorize.net did not recognise the API Login ID and Transaction Key (E00007). Copy both again from the Authorize.net sandbox Merchant Interface (sandbox.authorize.net), Account → Settings → API Credentials & Keys; production credentials do not work here',
      fields: ['apiLoginId', 'transactionKey'],
      retryable: false,
    });
  });

  it('names the one field at fault for E00005 (transaction key) and E00006 (login id)', async () => {
    mock.on(
      'POST',
      '/xml/v1/request.api',
      answer('Error', 'E00005', 'The transaction key or API key is invalid or not present.'),
    );
    expect(await verify()).toMatchObject({
      reason: 'invalid_credentials',
      fields: ['transactionKey'],
      retryable: false,
    });
    mock.on(
      'POST',
      '/xml/v1/request.api',
      answer('Error', 'E00006', 'The API user name is invalid or not present.'),
    );
    expect(await verify()).toMatchObject({
      reason: 'invalid_credentials',
      fields: ['apiLoginId'],
      retryable: false,
    });
  });

  it('reports an inactive account or API user (E00008) as account_inactive', async () => {
    mock.on(
      'POST',
      '/xml/v1/request.api',
      answer('Error', 'E00008', 'User authentication failed. The account or API user is inactive.'),
    );
    const result = await verify();
    expect(result).toMatchObject({ ok: false, reason: 'account_inactive', retryable: false });
    expect(result.ok === false && result.message).toContain('inactive (E00008)');
  });

  it('reports an account in Test Mode (E00009) as account_inactive, telling how to switch it off', async () => {
    mock.on(
      'POST',
      '/xml/v1/request.api',
      answer(
        'Error',
        'E00009',
        'The payment gateway account is in Test Mode. The request cannot be processed.',
      ),
    );
    const result = await verify();
    expect(result).toMatchObject({ ok: false, reason: 'account_inactive', retryable: false });
    expect(result.ok === false && result.message).toContain('Turn Test Mode off');
  });

  it('reports missing permissions (E00010, E00011) as insufficient_permissions', async () => {
    mock.on(
      'POST',
      '/xml/v1/request.api',
      answer('Error', 'E00011', 'Access denied. You do not have the appropriate permissions.'),
    );
    expect(await verify()).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['apiLoginId', 'transactionKey'],
      retryable: false,
    });
    mock.on(
      'POST',
      '/xml/v1/request.api',
      answer('Error', 'E00010', 'User authentication failed. You do not have the appropriate permissions.'),
    );
    expect(await verify()).toMatchObject({ reason: 'insufficient_permissions' });
  });

  it('reports a processing error (E00001), an unknown code or a non-200 status as retryable', async () => {
    mock.on(
      'POST',
      '/xml/v1/request.api',
      answer('Error', 'E00001', 'An error occurred during processing. Please try again.'),
    );
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/xml/v1/request.api', answer('Error', 'E00999', 'Something new.'));
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/xml/v1/request.api', { status: 502, body: '<html>Bad Gateway</html>' });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('never trusts an HTTP 200 that is not an Ok/I00001 answer', async () => {
    mock.on('POST', '/xml/v1/request.api', { status: 200, body: '<html>captive portal</html>' });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    mock.on('POST', '/xml/v1/request.api', {
      status: 200,
      body: { messages: { resultCode: 'Ok', message: [] } },
    });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
