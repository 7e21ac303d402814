import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from './support/client.js';
import { startTestHost, type TestHost } from './support/test-host.js';

describe('bad input', () => {
  let test: TestHost;
  let client: TestClient;
  let orgId: string;
  beforeAll(async () => {
    test = await startTestHost();
    client = test.client();
    ({ orgId } = await client.signup());
  });
  afterAll(() => test?.close());

  it('answers malformed JSON with 400 in the error shape', async () => {
    const res = await client.request('POST', '/api/auth/login', {
      raw: '{"email": "a@b.c", ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });
  });

  it('answers a body over 100 kB with 413', async () => {
    const res = await client.post(`/api/orgs/${orgId}/connections/check`, {
      providerId: 'stripe',
      environment: 'sandbox',
      credentials: { secretKey: 'x'.repeat(110 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await client.request('POST', '/api/auth/login', {
      raw: 'email=a@b.c&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('answers wrong types and unknown fields with 422 and every field', async () => {
    const res = await client.post('/api/auth/signup', { email: 42, password: ['x'], admin: true });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual(
      expect.arrayContaining([
        { path: '/email', message: 'must be text' },
        { path: '/password', message: 'must be text' },
        { path: '/admin', message: 'is not a known field' },
      ]),
    );
    const connect = await client.post(`/api/orgs/${orgId}/connections`, {
      providerId: 'stripe',
      environment: 'staging',
      credentials: { secretKey: 'sk_test_51SimulatorGoodKey000000000000', extra: 1 },
    });
    expect(connect.status).toBe(422);
    expect(connect.body.error.fields).toEqual(
      expect.arrayContaining([{ path: '/environment', message: 'must be one of: sandbox, live' }]),
    );
    const credentials = await client.post(`/api/orgs/${orgId}/connections`, {
      providerId: 'stripe',
      environment: 'sandbox',
      credentials: { secretKey: 12, extra: 1 },
    });
    expect(credentials.body.error.fields).toEqual(
      expect.arrayContaining([
        { path: '/credentials/secretKey', message: 'must be text' },
        { path: '/credentials/extra', message: 'is not a known field' },
      ]),
    );
  });

  it('answers a JSON value that is not an object with 400 or 422', async () => {
    const array = await client.post('/api/orgs', [1, 2]);
    expect(array.status).toBe(422);
    const scalar = await client.request('POST', '/api/orgs', {
      raw: '"name"',
      headers: { 'content-type': 'application/json' },
    });
    expect(scalar.status).toBe(400);
  });

  it('answers unknown API routes with 404 in the error shape', async () => {
    const res = await client.get('/api/nothing/here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect((await client.request('PUT', '/api/health')).status).toBe(404);
  });
});
