import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type RunningHost, startAccountSimulator, startHost } from './support/host.js';
import { frameworkPackages, publishFramework } from './support/publish.js';
import { run } from './support/run.js';
import { type Registry, startVerdaccio } from './support/verdaccio.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SANDBOX_KEY = 'test_0123456789abcdefABCDEF';
/** Where the author's provider lives; the host's egress override sends it to a local simulator. */
const SANDBOX_ORIGIN = 'https://sandbox.api.acmepay.dev';

// An outside contributor's path, for real: the framework packages published to a registry, a
// connector scaffolded outside the repository, installed from that registry alone, tested,
// validated, then loaded and connected by the host through PAYCORE_CONNECTOR_PATHS.
describe('a connector written outside the repository, on the published framework packages', () => {
  const temp = mkdtempSync(join(tmpdir(), 'paycore-e2e-'));
  const work = join(temp, 'connectors');
  const connector = join(work, 'acme-pay');
  let registry: Registry;
  let host: RunningHost | undefined;
  let simulator: Awaited<ReturnType<typeof startAccountSimulator>> | undefined;
  const pnpm = (args: string[], cwd = connector) =>
    run('pnpm', args, { cwd, env: { npm_config_userconfig: registry.npmrc } });

  beforeAll(async () => {
    mkdirSync(join(temp, 'verdaccio'));
    registry = await startVerdaccio(join(temp, 'verdaccio'));
  });
  afterAll(async () => {
    await host?.stop();
    await simulator?.close();
    await registry?.stop();
    rmSync(temp, { recursive: true, force: true });
  });

  it('publishes every framework package with changeset publish', async () => {
    mkdirSync(join(temp, 'release'));
    await publishFramework(repo, join(temp, 'release'), registry.npmrc, registry.url);
    for (const name of await frameworkPackages(repo)) {
      const { version } = JSON.parse(readFileSync(join(repo, 'packages', name, 'package.json'), 'utf8'));
      const response = await fetch(`${registry.url}@paycore%2f${name}`);
      expect(response.status, `@paycore/${name} on the registry`).toBe(200);
      const document = (await response.json()) as { 'dist-tags': { latest: string } };
      expect(document['dist-tags'].latest).toBe(version);
    }
  });

  it('scaffolds a standalone package that installs from that registry alone', async () => {
    mkdirSync(work);
    const cli = join(repo, 'packages/create-connector/bin/create-connector.js');
    await run(process.execPath, [cli, '--outside', work, 'acme-pay'], { cwd: temp });
    await pnpm(['install', '--registry', registry.url, '--no-frozen-lockfile']);
    const core = JSON.parse(readFileSync(join(connector, 'node_modules/@paycore/core/package.json'), 'utf8'));
    expect(core.version).toBe(
      JSON.parse(readFileSync(join(repo, 'packages/core/package.json'), 'utf8')).version,
    );
    const testkit = readFileSync(join(connector, 'node_modules/@paycore/testkit/package.json'), 'utf8');
    expect(testkit).not.toContain('workspace:');
    // Third-party packages came through Verdaccio's uplink, not straight from npm.
    expect(existsSync(join(registry.storage, 'vitest'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(connector, 'manifest.json'), 'utf8'));
    expect(existsSync(join(connector, manifest.$schema))).toBe(true);
  });

  it('passes its conformance tests and the validator once its author names the provider', async () => {
    // What an author does first: the scaffold's placeholders (`.example` hosts, no countries, no
    // methods) are refused for a ready connector, so they are replaced with the provider's own.
    const file = join(connector, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    Object.assign(manifest, {
      website: 'https://acmepay.dev',
      docsUrl: 'https://acmepay.dev/docs',
      countries: ['UA'],
      paymentMethods: ['payment_card'],
    });
    manifest.environments.sandbox = {
      label: 'Sandbox',
      baseUrl: SANDBOX_ORIGIN,
      hosts: ['sandbox.api.acmepay.dev'],
    };
    manifest.environments.live = {
      label: 'Live',
      baseUrl: 'https://api.acmepay.dev',
      hosts: ['api.acmepay.dev'],
    };
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(
      join(connector, manifest.logo),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#0a7"/></svg>\n',
    );

    const test = await pnpm(['test']);
    expect(test.output).toMatch(/Tests\s+\d+ passed/);
    const validate = await pnpm(['validate']);
    expect(validate.output).toMatch(/✓ 1 \S+ valid .*: 1 ready/);
  });

  it('is listed as Ready by the host and can be connected', async () => {
    simulator = await startAccountSimulator(SANDBOX_KEY);
    mkdirSync(join(temp, 'host'));
    host = await startHost(repo, {
      dataDir: join(temp, 'host'),
      env: {
        PAYCORE_CONNECTOR_PATHS: work,
        PAYCORE_EGRESS_OVERRIDES: JSON.stringify({
          [SANDBOX_ORIGIN]: simulator.origin,
        }),
      },
    });
    const api = apiClient(host.url);
    const provider = await api('GET', '/api/providers/acme-pay');
    expect(provider.status).toBe(200);
    expect(provider.body).toMatchObject({ id: 'acme-pay', status: 'ready' });
    const signup = await api('POST', '/api/auth/signup', {
      email: 'outside@example.com',
      password: 'correct horse battery staple',
    });
    expect(signup.status).toBe(201);
    const orgId = signup.body.organisation.id;
    const connected = await api('POST', `/api/orgs/${orgId}/connections`, {
      providerId: 'acme-pay',
      environment: 'sandbox',
      credentials: { apiKey: SANDBOX_KEY },
    });
    expect(connected.status, `${JSON.stringify(connected.body)}\n${host.output()}`).toBe(201);
  });
});
