import { Validator } from '@seriousme/openapi-schema-validator';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from './support/client.js';
import { startTestHost, type TestHost } from './support/test-host.js';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every method + path express has a route for, read from the router itself. */
function expressRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[]): void => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all') found.push(`${method} ${layer.route.path}`);
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return found;
}

describe('the OpenAPI document', () => {
  let test: TestHost;
  let doc: Json;
  beforeAll(async () => {
    test = await startTestHost();
    doc = (await test.client().get('/api/openapi.json')).body;
  });
  afterAll(() => test?.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes every route express serves, and nothing else', () => {
    const served = expressRoutes(test.host.app)
      .map((route) => route.replace(/:(\w+)/g, '{$1}'))
      .sort();
    const documented = Object.entries(doc.paths as Record<string, Json>)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`))
      .sort();
    expect(served.length).toBeGreaterThanOrEqual(30);
    expect(documented).toEqual(served);
  });

  it('covers the routes the issue names', () => {
    for (const route of [
      'post /api/auth/signup',
      'post /api/auth/login',
      'post /api/auth/logout',
      'get /api/me',
      'get /api/orgs',
      'post /api/orgs',
      'patch /api/orgs/{orgId}',
      'delete /api/orgs/{orgId}/api-keys/{keyId}',
      'get /api/providers',
      'get /api/providers/{providerId}',
      'get /api/providers/{providerId}/logo',
      'get /api/methods',
      'get /api/currencies',
      'post /api/orgs/{orgId}/connections/check',
      'post /api/orgs/{orgId}/connections',
      'patch /api/orgs/{orgId}/connections/{connectionId}',
      'post /api/orgs/{orgId}/connections/{connectionId}/verify',
      'get /api/orgs/{orgId}/connections/{connectionId}/events',
      'post /api/orgs/{orgId}/connection-requests',
      'get /api/connection-requests/summary',
      'get /api/health',
      'get /api/ready',
      'get /api/orgs/{orgId}/members',
      'patch /api/orgs/{orgId}/members/{userId}',
      'delete /api/orgs/{orgId}/members/{userId}',
      'post /api/orgs/{orgId}/leave',
      'post /api/orgs/{orgId}/transfer-ownership',
      'post /api/orgs/{orgId}/invitations',
      'post /api/invitations/accept',
      'get /api/orgs/{orgId}/audit',
      'get /api/connectors/diagnostics',
      'get /api/openapi.json',
      'post /api/orgs/{orgId}/webhooks',
      'get /api/orgs/{orgId}/webhooks',
      'patch /api/orgs/{orgId}/webhooks/{webhookId}',
      'delete /api/orgs/{orgId}/webhooks/{webhookId}',
      'post /api/orgs/{orgId}/webhooks/{webhookId}/rotate-secret',
      'post /api/orgs/{orgId}/webhooks/{webhookId}/test',
      'get /api/orgs/{orgId}/webhooks/{webhookId}/deliveries',
      'post /api/orgs/{orgId}/webhooks/{webhookId}/deliveries/{deliveryId}/retry',
      'post /api/orgs/{orgId}/connect-sessions',
      'delete /api/orgs/{orgId}/connect-sessions/{sessionId}',
      'get /api/connect/session',
      'post /api/connect/check',
      'post /api/connect/connections',
      'get /connect/{sessionId}',
    ]) {
      const [method, path] = route.split(' ') as [string, string];
      expect(doc.paths[path]?.[method], route).toBeDefined();
    }
  });

  it('names the permission of every organisation operation', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Json>))
      for (const [method, op] of Object.entries(item as Record<string, Json>))
        if (path.startsWith('/api/orgs/{orgId}') && typeof op['x-paycore-permission'] !== 'string')
          missing.push(`${method} ${path}`);
    expect(missing).toEqual([]);
    expect(doc.paths['/api/orgs/{orgId}/audit'].get['x-paycore-permission']).toBe('audit.view');
    expect(doc.paths['/api/orgs/{orgId}/audit'].get.description).toContain('owner, admin');
  });

  it('documents request bodies with the schemas the handlers validate with', () => {
    const signup = doc.paths['/api/auth/signup'].post.requestBody.content['application/json'].schema;
    expect(signup).toMatchObject({ additionalProperties: false, required: ['email', 'password'] });
    expect(doc.paths['/api/orgs/{orgId}/connections'].post.security).toEqual([
      { cookieAuth: [] },
      { bearerAuth: [] },
    ]);
  });
});
