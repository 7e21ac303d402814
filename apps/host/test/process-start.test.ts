import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { masterKeysValue, runScript, spawnHost } from './support/child-host.js';
import {
  FIXTURE_SECRET,
  fixtureOrigin,
  startAccountSimulator,
  writeFixtureConnectors,
} from './support/fixture-connectors.js';

describe('starting the host process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-start-'));
  let simulator: Awaited<ReturnType<typeof startAccountSimulator>>;
  beforeAll(async () => {
    writeFixtureConnectors(join(dir, 'connectors'), ['good']);
    simulator = await startAccountSimulator();
  });
  afterAll(async () => {
    await simulator?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops with a message naming each bad variable', async () => {
    const result = await runScript('main.js', {
      PORT: '99999',
      PAYCORE_EGRESS_OVERRIDES: 'not json',
      PAYCORE_DATA_DIR: join(dir, 'bad'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT:');
    expect(result.stderr).toContain('PAYCORE_EGRESS_OVERRIDES:');
  });

  it('creates a key file (0600) without configured keys; rotate-keys moves every connection to a new key', async () => {
    const base = {
      PAYCORE_DATA_DIR: join(dir, 'data'),
      PAYCORE_CONNECTOR_PATHS: join(dir, 'connectors'),
      PAYCORE_EGRESS_OVERRIDES: JSON.stringify({ [fixtureOrigin('good')]: simulator.origin }),
    };
    let host = await spawnHost(base);
    const keyFile = join(dir, 'data', 'master-keys');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(host.output.join('\n')).toContain('PAYCORE_EGRESS_OVERRIDES is set');
    expect(host.output.join('\n')).toContain('master key file');
    const client = host.client();
    const { orgId } = await client.signup();
    const key = await client.apiKey(orgId);
    const created = await client.post(`/api/orgs/${orgId}/connections`, {
      providerId: 'fx-good',
      environment: 'sandbox',
      credentials: { apiKey: FIXTURE_SECRET },
    });
    expect(created.status).toBe(201);
    expect(await host.stop()).toBe(0);

    const newKeys = masterKeysValue('rotated');
    const rotation = await runScript('rotate-keys.js', { ...base, PAYCORE_MASTER_KEYS: newKeys });
    expect(rotation.stdout).toContain('Re-encrypted 1 connection(s) under key "rotated"');
    expect(rotation.code).toBe(0);

    // The old key is gone for good; the connection still decrypts under the new one.
    rmSync(keyFile);
    host = await spawnHost({ ...base, PAYCORE_MASTER_KEYS: newKeys });
    expect(existsSync(keyFile)).toBe(false);
    const bot = host.client();
    bot.bearer = key;
    const verified = await bot.post(`/api/orgs/${orgId}/connections/${created.body.id}/verify`);
    expect(verified.body.result.ok).toBe(true);
    expect(host.output.join('\n')).not.toContain(FIXTURE_SECRET);
    await host.stop();
  }, 60_000);

  it('grants platform admin by command (admin grant / list / revoke), and says when no account has the address', async () => {
    const base = { PAYCORE_DATA_DIR: join(dir, 'admins'), PAYCORE_MASTER_KEYS: masterKeysValue() };
    const host = await spawnHost(base);
    expect(host.output.join('\n')).toContain('SMTP_URL is not set');
    const client = host.client();
    const { email } = await client.signup();
    expect((await client.get('/api/me')).body.isAdmin).toBe(false);
    const granted = await runScript('admin.js', base, ['grant', email.toUpperCase()]);
    expect(granted.stdout).toContain(`Granted platform admin for ${email}`);
    expect(granted.code).toBe(0);
    expect((await client.get('/api/me')).body.isAdmin).toBe(true);
    expect((await runScript('admin.js', base, ['list'])).stdout).toContain(email);
    expect((await runScript('admin.js', base, ['revoke', email])).code).toBe(0);
    expect((await client.get('/api/me')).body.isAdmin).toBe(false);
    const nobody = await runScript('admin.js', base, ['grant', 'nobody@example.com']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('must sign up first');
    expect((await runScript('admin.js', base, ['promote'])).code).toBe(2);
    // The SQLite file the host made is its owner's alone.
    expect(statSync(join(dir, 'admins', 'paycore.sqlite')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'admins')).mode & 0o777).toBe(0o700);
    await host.stop();
  }, 60_000);
});
