import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPaycoreError } from '@paycore/core';
import { providers } from '@paycore/openfintech';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from './registry.js';
import { fixtureManifest, importCount, tempFolder, write, writeConnector } from './test-support/fixtures.js';
import type { Registry } from './types.js';

const folder = tempFolder();
let registry: Registry;
let roots: { workspace: string; external: string; nodeModules: string };

beforeAll(async () => {
  const workspace = join(folder.dir, 'workspace');
  const external = join(folder.dir, 'external');
  const nodeModules = join(folder.dir, 'app', 'node_modules');
  roots = { workspace, external, nodeModules };
  writeConnector(join(workspace, 'connectors', 'stripe'), 'stripe', {
    manifest: fixtureManifest('stripe', {
      name: 'Stripe',
      description: 'Online payments for internet businesses.',
    }),
    readme: '# Stripe\n\nCreate a restricted key.\n',
  });
  writeConnector(join(workspace, 'connectors', 'lazyco'), 'lazyco');
  writeConnector(join(workspace, 'connectors', 'explodes'), 'explodes', {
    module: "throw new Error('boom while importing');\n",
  });
  writeConnector(join(workspace, 'connectors', 'impostor'), 'impostor', {
    module: "export default { manifest: { id: 'someone-else' }, verify: async () => ({ ok: true }) };\n",
  });
  writeConnector(join(workspace, 'connectors', 'broken'), 'broken', { manifest: '{"id": "broken"' });
  writeConnector(join(workspace, 'connectors', 'lazyco-copy'), 'lazyco');
  writeConnector(join(workspace, 'connectors', 'soon'), 'soon', {
    module: false,
    readme: false,
    manifest: fixtureManifest('soon', { status: 'not-ready', openfintechCode: 'fondy' }),
  });
  writeConnector(join(external, 'outsider'), 'outsider');
  writeConnector(join(nodeModules, '@acme', 'paycore-connector-installed'), 'installed');
  registry = await createRegistry({
    workspaceRoot: workspace,
    connectorPaths: [external],
    nodeModules: [nodeModules],
  });
});
afterAll(() => folder.remove());

describe('createRegistry', () => {
  it('merges connectors into the OpenFinTech directory', () => {
    const stripe = registry.get('stripe');
    expect(stripe).toMatchObject({
      status: 'ready',
      source: 'connector',
      openfintechCode: 'stripe',
      packageName: '@paycore/connector-stripe',
      currencies: ['UAH'],
      credentials: { version: 1 },
      logo: { path: join(roots.workspace, 'connectors', 'stripe', 'logo.svg'), type: 'image/svg+xml' },
      manualPath: join(roots.workspace, 'connectors', 'stripe', 'README.md'),
    });
    expect(registry.providers.filter((p) => p.id === 'stripe')).toHaveLength(1);
    expect(registry.get('fondy')).toBeUndefined();
    expect(registry.get('soon')).toMatchObject({
      status: 'not-ready',
      source: 'connector',
      openfintechCode: 'fondy',
    });
    const notReady = registry.query({ status: 'not-ready' });
    expect(notReady.total).toBeGreaterThan(600);
    expect(notReady.items.some((p) => p.source === 'openfintech')).toBe(true);
    const claimed = providers.filter((p) => ['stripe', 'fondy'].includes(p.code)).length;
    const active = providers.filter((p) => p.status === 'active').length;
    expect(registry.providers).toHaveLength(active - claimed + 7);
  });

  it('discovers connectors from connectorPaths and node_modules', () => {
    expect(registry.get('outsider')).toMatchObject({ status: 'ready', source: 'connector' });
    expect(registry.get('installed')).toMatchObject({ packageName: '@paycore/connector-installed' });
  });

  it('lists ready providers first and answers intersections', () => {
    const ready = registry.providers.filter((p) => p.status === 'ready').map((p) => p.id);
    expect(registry.providers.slice(0, ready.length).every((p) => p.status === 'ready')).toBe(true);
    const payouts = registry.query({ status: 'ready', payoutMethod: 'bank_card', currency: 'UAH' });
    expect(payouts.items.map((p) => p.id).sort()).toEqual(ready.sort());
    expect(registry.query({ status: 'ready', payoutMethod: 'bank_card', currency: 'USD' }).total).toBe(0);
    expect(registry.query({ q: 'internet businesses' }).items.map((p) => p.id)).toContain('stripe');
  });

  it('leaves broken plugins out with diagnostics while the others load', () => {
    const errors = registry.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.packageDir.split('/').at(-1)).sort()).toEqual(['broken', 'lazyco-copy']);
    expect(registry.get('broken')).toBeUndefined();
    expect(registry.get('lazyco')?.packageDir).toBe(join(roots.workspace, 'connectors', 'lazyco'));
  });

  it('tells a sandbox where a ready connector\u2019s code is, without importing it', () => {
    const code = registry.connector('lazyco');
    expect(code).toMatchObject({
      id: 'lazyco',
      manifest: { id: 'lazyco' },
      packageDir: join(roots.workspace, 'connectors', 'lazyco'),
    });
    expect(code.file && existsSync(code.file)).toBe(true);
    expect(registry.connector('explodes').file).toBeDefined();
    expect(importCount('lazyco')).toBe(0);
    expect(importCount('explodes')).toBe(0);
  });

  it('refuses unknown and not-ready providers', () => {
    const thrown = (id: string) => {
      try {
        registry.connector(id);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(isPaycoreError(thrown('nobody'), 'connector_not_found')).toBe(true);
    expect(isPaycoreError(thrown('soon'), 'connector_not_ready')).toBe(true);
    expect(isPaycoreError(thrown('paypal'), 'connector_not_ready')).toBe(true);
  });

  it('reads the integration manual of a connector', async () => {
    await expect(registry.readManual('stripe')).resolves.toContain('Create a restricted key.');
    await expect(registry.readManual('soon')).resolves.toBeUndefined();
    await expect(registry.readManual('paypal')).resolves.toBeUndefined();
    await expect(registry.readManual('nobody')).rejects.toMatchObject({ code: 'connector_not_found' });
  });

  it('can leave the OpenFinTech directory out', async () => {
    const only = await createRegistry({ connectorPaths: [roots.external], includeDirectory: false });
    expect(only.providers.map((p) => p.id)).toEqual(['outsider']);
    expect(only.diagnostics).toEqual([]);
  });

  it('lists an outside connector that was never built as not ready, and says why', async () => {
    const dir = writeConnector(join(folder.dir, 'unbuilt', 'acme-pay'), 'unbuilt', {
      module: false,
      packageJson: { exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } },
    });
    write(join(dir, 'src', 'index.ts'), 'export default {};\n');
    const unbuilt = await createRegistry({ connectorPaths: [dir], includeDirectory: false });
    expect(unbuilt.get('unbuilt')).toMatchObject({ status: 'not-ready', source: 'connector' });
    expect(unbuilt.query({ status: 'ready' }).total).toBe(0);
    expect(() => unbuilt.connector('unbuilt')).toThrow(/cannot be connected yet/);
    expect(unbuilt.diagnostics).toContainEqual(
      expect.objectContaining({
        id: 'unbuilt',
        severity: 'warning',
        problems: [
          expect.objectContaining({
            message: expect.stringMatching(/has no built module: run its build/),
          }),
        ],
      }),
    );
  });
});
