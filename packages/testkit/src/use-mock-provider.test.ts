import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import connector from './test-support/tiny/index.js';
import { useMockProvider } from './use-mock-provider.js';

describe('useMockProvider', () => {
  const mock = useMockProvider(connector, {
    packageDir: fileURLToPath(new URL('./test-support/tiny/', import.meta.url)),
  });

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
