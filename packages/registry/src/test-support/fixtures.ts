import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ConnectorManifest } from '@paycore/core';

/** A valid ready manifest using OpenFinTech codes; `patch` overrides top-level fields. */
export function fixtureManifest(id: string, patch: Partial<ConnectorManifest> = {}): ConnectorManifest {
  return {
    id,
    name: `${id[0]!.toUpperCase()}${id.slice(1)} Pay`,
    status: 'ready',
    description: 'Accepts cards and pays out to cards in Ukraine.',
    website: 'https://example.com',
    logo: './logo.svg',
    countries: ['UA'],
    paymentMethods: ['payment_card'],
    payoutMethods: ['bank_card'],
    paymentServices: [{ method: 'payment_card', currency: 'UAH' }],
    payoutServices: [{ method: 'bank_card', currency: 'UAH' }],
    environments: { sandbox: { baseUrl: 'https://api.example.com', hosts: ['api.example.com'] } },
    credentials: {
      version: 1,
      schema: {
        type: 'object',
        required: ['secretKey'],
        properties: {
          secretKey: {
            type: 'string',
            title: 'Secret key',
            description: 'starts with sk_test_',
            pattern: '^sk_test_[A-Za-z0-9]+$',
            writeOnly: true,
          },
        },
      },
    },
    ...patch,
  };
}

/**
 * A connector module: counts its imports in `globalThis.__paycoreImports[id]` and verifies by
 * calling `GET {baseUrl}/v1/account` with the secret key as a bearer token.
 */
export function goodModule(): string {
  return `import { readFileSync } from 'node:fs';
const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
globalThis.__paycoreImports ??= {};
globalThis.__paycoreImports[manifest.id] = (globalThis.__paycoreImports[manifest.id] ?? 0) + 1;
export default {
  manifest,
  async verify({ credentials }, ctx) {
    const res = await ctx.fetch(ctx.baseUrl + '/v1/account', {
      headers: { authorization: 'Bearer ' + credentials.secretKey },
    });
    if (res.status === 401) {
      return { ok: false, reason: 'invalid_credentials', message: 'The secret key was refused', fields: ['secretKey'], retryable: false };
    }
    const body = await res.json();
    return { ok: true, account: { id: body.id, name: body.name } };
  },
};
`;
}

/** How many times the fixture module of `id` has been imported in this process. */
export function importCount(id: string): number {
  const counts = (globalThis as { __paycoreImports?: Record<string, number> }).__paycoreImports;
  return counts?.[id] ?? 0;
}

/** What {@link writeConnector} writes; every part has a working default. */
export interface ConnectorFixture {
  /** Manifest object, or raw text for a broken file; omitted with `false`. */
  manifest?: unknown;
  /** Source of `dist/index.js`; `false` for a package without a module. */
  module?: string | false;
  /** Fields merged into the default package.json. */
  packageJson?: Record<string, unknown>;
  readme?: string | false;
  logo?: boolean;
}

/** Writes a connector package into `dir` and returns `dir`. */
export function writeConnector(dir: string, id: string, fixture: ConnectorFixture = {}): string {
  mkdirSync(dir, { recursive: true });
  const manifest = fixture.manifest ?? fixtureManifest(id);
  const packageJson = {
    name: `@paycore/connector-${id}`,
    version: '0.0.0',
    type: 'module',
    keywords: ['paycore-connector'],
    peerDependencies: { '@paycore/core': '^1.0.0' },
    paycore: { manifest: './manifest.json' },
    ...(fixture.module === false
      ? {}
      : { exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } }),
    ...fixture.packageJson,
  };
  write(join(dir, 'package.json'), JSON.stringify(packageJson, null, 2));
  if (manifest !== false) {
    write(
      join(dir, 'manifest.json'),
      typeof manifest === 'string' ? manifest : JSON.stringify(manifest, null, 2),
    );
  }
  if (fixture.module !== false) write(join(dir, 'dist', 'index.js'), fixture.module ?? goodModule());
  if (fixture.readme !== false)
    write(join(dir, 'README.md'), fixture.readme ?? `# ${id}\n\nHow to connect.\n`);
  if (fixture.logo !== false) write(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

/** A fresh temporary folder and a function that removes it. */
export function tempFolder(prefix = 'paycore-registry-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a file, creating its folder. */
export function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
