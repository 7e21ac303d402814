import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { providers as catalogue } from '@paycore/openfintech';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from './registry.js';
import type { Registry } from './types.js';
import { findWorkspaceRoot } from './workspace-root.js';

const root = findWorkspaceRoot(import.meta.url)!;
let registry: Registry;

beforeAll(async () => {
  registry = await createRegistry({ workspaceRoot: root });
});

/** The workspace's connector folders whose package.json declares a `paycore` field. */
function connectorFolders(): string[] {
  const dir = join(root, 'connectors');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((folder) => {
      const file = join(folder, 'package.json');
      return existsSync(file) && 'paycore' in JSON.parse(readFileSync(file, 'utf8'));
    })
    .map((folder) => realpathSync(folder));
}

describe('the real workspace', () => {
  it('is found from this test file', () => {
    expect(existsSync(join(root, 'pnpm-workspace.yaml'))).toBe(true);
    expect(existsSync(join(root, 'packages', 'registry'))).toBe(true);
  });

  it('lists every active OpenFinTech provider, as its own entry or through a connector', () => {
    const claimed = new Set(registry.providers.map((p) => p.openfintechCode));
    const active = catalogue.filter((p) => p.status === 'active');
    expect(active.filter((p) => !claimed.has(p.code)).map((p) => p.code)).toEqual([]);
    expect(registry.providers.length).toBeGreaterThanOrEqual(active.length - connectorFolders().length);
    expect(registry.providers.length).toBeGreaterThan(600);
    expect(registry.query({ status: 'not-ready' }).items.some((p) => p.source === 'openfintech')).toBe(true);
  });

  it('loads every connector package, or says why not', () => {
    const loaded = new Set(registry.providers.map((p) => p.packageDir));
    const failed = new Set(
      registry.diagnostics.filter((d) => d.severity === 'error').map((d) => d.packageDir),
    );
    for (const folder of connectorFolders()) expect(loaded.has(folder) || failed.has(folder)).toBe(true);
  });

  it('lists Stripe as ready when its connector package is there, and knows where its code is', async () => {
    const folder = join(root, 'connectors', 'stripe');
    if (!existsSync(join(folder, 'package.json'))) return;
    expect(registry.get('stripe')).toMatchObject({
      status: 'ready',
      source: 'connector',
      packageDir: realpathSync(folder),
      openfintechCode: 'stripe',
    });
    expect(registry.query({ status: 'ready', q: 'stripe' }).items[0]?.id).toBe('stripe');
    expect(registry.connector('stripe')).toMatchObject({ id: 'stripe', packageDir: realpathSync(folder) });
  });

  it('keeps every ready connector first in the directory', () => {
    const ready = registry.query({ status: 'ready' }).total;
    expect(registry.providers.slice(0, ready).every((p) => p.status === 'ready')).toBe(true);
    expect(registry.providers.slice(ready).every((p) => p.status === 'not-ready')).toBe(true);
  });
});
