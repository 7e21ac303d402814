import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_SECRET,
  fixtureOrigin,
  startAccountSimulator,
  writeFixtureConnectors,
} from './support/fixture-connectors.js';
import { startTestHost, type TestHost } from './support/test-host.js';

describe('a connector package outside the repository, named in PAYCORE_CONNECTOR_PATHS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-outside-'));
  let simulator: Awaited<ReturnType<typeof startAccountSimulator>>;
  let test: TestHost;
  beforeAll(async () => {
    writeFixtureConnectors(dir, ['good']);
    simulator = await startAccountSimulator();
    test = await startTestHost({
      connectorPaths: [join(dir, 'fx-good')],
      egressOverrides: { [fixtureOrigin('good')]: simulator.origin },
    });
  });
  afterAll(async () => {
    await test?.close();
    await simulator?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('appears in the directory with its form and manual, and can be connected', async () => {
    const client = test.client();
    const { orgId } = await client.signup();
    const directory = await client.get('/api/providers?q=fixture');
    expect(directory.body.items).toContainEqual(expect.objectContaining({ id: 'fx-good', status: 'ready' }));
    const overview = await client.get('/api/providers/fx-good');
    expect(overview.body.credentialForm.secretFields).toEqual(['apiKey']);
    expect(overview.body.manual).toContain('Settings → API');
    const wrong = await client.post(`/api/orgs/${orgId}/connections`, {
      providerId: 'fx-good',
      environment: 'sandbox',
      credentials: { apiKey: 'key_SomeOtherValue1234567' },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: 'verification_failed', reason: 'invalid_credentials' });
    const res = await client.post(`/api/orgs/${orgId}/connections`, {
      providerId: 'fx-good',
      environment: 'sandbox',
      credentials: { apiKey: FIXTURE_SECRET },
    });
    expect(res.status).toBe(201);
    expect(res.body.health).toBe('healthy');
  });
});
