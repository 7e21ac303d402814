import { defineConnector, failure, success } from '@paycore/core';
import { describe, expect, it } from 'vitest';
import { useMockProvider } from './use-mock-provider.js';

const connector = defineConnector<{ token: string }>({
  manifest: {
    id: 'tiny',
    name: 'Tiny',
    status: 'ready',
    description: 'A provider for this test.',
    website: 'https://tiny.test',
    countries: [],
    paymentMethods: [],
    payoutMethods: [],
    paymentServices: [],
    payoutServices: [],
    environments: {
      sandbox: { baseUrl: 'https://sandbox.tiny.test', hosts: ['sandbox.tiny.test'] },
      live: { baseUrl: 'https://live.tiny.test', hosts: ['live.tiny.test'] },
    },
    credentials: {
      version: 1,
      schema: { type: 'object', properties: { token: { type: 'string', title: 'Token', writeOnly: true } } },
    },
  },
  async verify({ credentials }, ctx) {
    const response = await ctx.fetch(`${ctx.baseUrl}/ping`, {
      headers: { 'x-token': credentials.token },
      signal: ctx.signal,
    });
    return response.status === 200 ? success() : failure('invalid_credentials', 'refused');
  },
});

describe('useMockProvider', () => {
  const mock = useMockProvider(connector);

  it('sends the connector to the mock in the chosen environment and records the request', async () => {
    mock.on('GET', '/ping', { status: 200 });
    expect(await mock.verify({ token: 'abc' }, 'live')).toEqual({ ok: true });
    expect(mock.requests).toMatchObject([{ method: 'GET', path: '/ping', headers: { 'x-token': 'abc' } }]);
  });

  it('starts each test with no routes and no recorded requests', async () => {
    expect(mock.requests).toHaveLength(0);
    expect(await mock.verify({ token: 'abc' })).toMatchObject({ ok: false, reason: 'invalid_credentials' });
  });
});
