import { runVerify } from '@paycore/core';
import { createMockProvider, describeConnector, useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';

const CLIENT_ID = 'a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d';
const SECRET = 'Xq7vT2mLp9RsW4zK8nB1cF6hJ3dG5yA0';
const PROGRAM_ID = '100086190';
const credentials = { clientId: CLIENT_ID, clientSecret: SECRET, programId: PROGRAM_ID };
const sandbox = { environment: 'sandbox' as const, credentials };

// 200 from POST /api/v2/oauth2/token. The shape is [unverified]: the field names follow RFC 6749
// §5.1 and the one public client that names the call (EalenXie/sdk-all, payoneer-sdk
// PayoneerAccessToken.java); Payoneer's own example was not found.
const TOKEN = {
  token_type: 'Bearer',
  access_token: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjbGllbnQifQ.c2lnbmF0dXJl',
  expires_in: 2592000,
  consented_on: 1721040000,
  scope: 'read write',
};

// 401: Payoneer documents only that its security gateway answers 401 when authorization fails
// (developer.sandbox.payoneer.com, Get Started → Validation); the body shape is unknown, so the
// conformance case uses an empty body and the connector classifies on the status alone.
const UNAUTHORIZED = { status: 401, body: '' };

describeConnector(connector, {
  credentials: {
    valid: [sandbox, { environment: 'live', credentials }],
    invalid: [
      {
        credentials: { clientId: CLIENT_ID, programId: PROGRAM_ID },
        field: 'clientSecret',
        because: 'missing',
      },
      { credentials: { clientId: CLIENT_ID, clientSecret: SECRET }, field: 'programId', because: 'missing' },
      {
        credentials: { ...credentials, clientId: 'a1b2:c3d4' },
        field: 'clientId',
        because: 'a colon cannot be sent in Basic authentication',
      },
      { credentials: { ...credentials, clientSecret: 'has a space' }, field: 'clientSecret' },
      {
        credentials: { ...credentials, programId: '1000 86190' },
        field: 'programId',
        because: 'contains a space',
      },
    ],
  },
  valid: { input: sandbox, respond: { status: 200, body: TOKEN }, account: { livemode: false } },
  invalid: { input: sandbox, respond: UNAUTHORIZED },
});

describe('Payoneer verify, per documented response', () => {
  const mock = useMockProvider(connector);

  const verify = (environment: 'sandbox' | 'live' = 'sandbox') =>
    runVerify(
      connector,
      { environment, credentials },
      { egressOverrides: mock.overridesFor(['login.sandbox.payoneer.com', 'login.payoneer.com']) },
    );

  it('asks for an application token with Basic auth, once, and keeps no token', async () => {
    mock.on('POST', '/api/v2/oauth2/token', { status: 200, body: TOKEN });
    const result = await verify();
    expect(result).toEqual({ ok: true, account: { livemode: false, scope: 'read write' } });
    expect(JSON.stringify(result)).not.toContain(TOKEN.access_token);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/v2/oauth2/token',
      query: {},
      form: { grant_type: 'client_credentials', scope: 'read write' },
      headers: {
        authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
    });
    expect(mock.requests[0]!.body).not.toContain(PROGRAM_ID);
  });

  it('uses the production login host in live', async () => {
    const live = await createMockProvider();
    live.on('POST', '/api/v2/oauth2/token', { status: 200, body: TOKEN });
    try {
      const result = await runVerify(
        connector,
        { environment: 'live', credentials },
        {
          egressOverrides: {
            'https://login.payoneer.com': live.origin,
            'https://login.sandbox.payoneer.com': mock.origin,
          },
        },
      );
      expect(result).toMatchObject({ ok: true, account: { livemode: true } });
      expect(live.requests).toHaveLength(1);
      expect(mock.requests).toHaveLength(0);
    } finally {
      await live.close();
    }
  });

  it('reports a 401 with any body as invalid credentials and names the environment', async () => {
    mock.on('POST', '/api/v2/oauth2/token', UNAUTHORIZED);
    expect(await verify()).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message:
        'Payoneer refused the client ID and client secret. Check both, and that they are the sandbox pair, not the production one',
      fields: ['clientId', 'clientSecret'],
      retryable: false,
    });
  });

  it('reads an RFC 6749 400 invalid_client as invalid credentials', async () => {
    mock.on('POST', '/api/v2/oauth2/token', {
      status: 400,
      body: { error: 'invalid_client', error_description: 'Client authentication failed' },
    });
    expect(await verify()).toMatchObject({
      ok: false,
      reason: 'invalid_credentials',
      fields: ['clientId', 'clientSecret'],
      retryable: false,
    });
  });

  it('reads an RFC 6749 400 unauthorized_client as a permission problem, not bad credentials', async () => {
    mock.on('POST', '/api/v2/oauth2/token', { status: 400, body: { error: 'unauthorized_client' } });
    expect(await verify()).toEqual({
      ok: false,
      reason: 'insufficient_permissions',
      message:
        'Payoneer accepted the client but will not issue it an application token (unauthorized_client); ask Payoneer to enable client-credentials access with the read and write scopes',
      fields: ['clientId'],
      retryable: false,
    });
  });

  it('treats any other 400 as unavailable, never as bad credentials', async () => {
    mock.on('POST', '/api/v2/oauth2/token', { status: 400, body: { error: 'invalid_request' } });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('treats an undocumented 403 as unavailable, never as bad credentials', async () => {
    mock.on('POST', '/api/v2/oauth2/token', { status: 403, body: '<html>Forbidden</html>' });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('does not trust a 200 without a bearer access token', async () => {
    mock.on('POST', '/api/v2/oauth2/token', { status: 200, body: { scope: 'read write' } });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });

  it('reports rate limiting as retryable', async () => {
    mock.on('POST', '/api/v2/oauth2/token', { status: 429, body: '' });
    expect(await verify()).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
  });
});
