import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { vocabulary } from '@paycore/openfintech';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverPackages } from './discover.js';
import { loadConnectorPackages } from './load.js';
import { fixtureManifest, tempFolder, write, writeConnector } from './test-support/fixtures.js';
import type { Diagnostic } from './types.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function loadFolder(build: (root: string) => void): { ids: string[]; diagnostics: Diagnostic[] } {
  const { dir, remove } = tempFolder();
  cleanups.push(remove);
  build(dir);
  const diagnostics: Diagnostic[] = [];
  const records = loadConnectorPackages(
    discoverPackages({ connectorPaths: [dir] }, diagnostics),
    { vocabulary },
    diagnostics,
  );
  return { ids: records.map((r) => r.manifest.id), diagnostics };
}

describe('loadConnectorPackages', () => {
  it('leaves out broken plugins with every problem, and loads the others', () => {
    const { ids, diagnostics } = loadFolder((root) => {
      writeConnector(join(root, 'a-good'), 'good');
      writeConnector(join(root, 'b-garbled'), 'garbled', { manifest: '{ "id": "garbled", ' });
      writeConnector(join(root, 'c-invalid'), 'invalid', {
        manifest: { ...fixtureManifest('invalid'), website: 'http://insecure.example', name: '' },
      });
      writeConnector(join(root, 'd-duplicate'), 'good');
      writeConnector(join(root, 'e-no-manifest'), 'lost', { manifest: false });
      writeConnector(join(root, 'f-unknown-codes'), 'codes', {
        manifest: fixtureManifest('codes', {
          countries: ['XX'],
          payoutMethods: ['bank_crad'],
          payoutServices: [],
        }),
      });
    });
    expect(ids).toEqual(['good']);
    const byDir = (suffix: string) => diagnostics.filter((d) => d.packageDir.endsWith(suffix));
    expect(byDir('b-garbled')).toMatchObject([
      {
        severity: 'error',
        problems: [{ pointer: '', message: expect.stringMatching(/^is not valid JSON/) }],
      },
    ]);
    expect(
      byDir('c-invalid')[0]
        ?.problems.map((p) => p.pointer)
        .sort(),
    ).toEqual(['/name', '/website']);
    expect(byDir('c-invalid')[0]).toMatchObject({ id: 'invalid', packageName: '@paycore/connector-invalid' });
    const duplicate = byDir('d-duplicate')[0];
    expect(duplicate?.problems[0]?.pointer).toBe('/id');
    expect(duplicate?.problems[0]?.message).toContain(join('a-good'));
    expect(byDir('e-no-manifest')[0]?.problems).toEqual([
      { pointer: '/paycore/manifest', message: 'names ./manifest.json, which cannot be read' },
    ]);
    expect(byDir('f-unknown-codes')[0]?.problems).toEqual([
      {
        pointer: '/payoutMethods/0',
        message: '"bank_crad" is not a known payout method code (did you mean "bank_card"?)',
      },
      {
        pointer: '/countries/0',
        message: '"XX" is not a known ISO 3166-1 country code',
      },
    ]);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('infers the verify hook from the package exports without importing anything', () => {
    const { ids, diagnostics } = loadFolder((root) => {
      writeConnector(join(root, 'ready-without-module'), 'hookless', { module: false });
      writeConnector(join(root, 'listed'), 'listed', {
        module: false,
        manifest: fixtureManifest('listed', { status: 'not-ready' }),
      });
      writeConnector(join(root, 'listed-with-export'), 'exported', {
        manifest: fixtureManifest('exported', { status: 'not-ready' }),
      });
    });
    expect(ids.sort()).toEqual(['exported', 'listed']);
    expect(diagnostics).toMatchObject([
      { id: 'hookless', severity: 'error', problems: [{ pointer: '/status' }] },
    ]);
  });

  it('accepts an unbuilt package with src/index.ts, with a warning', () => {
    const { ids, diagnostics } = loadFolder((root) => {
      const dir = writeConnector(join(root, 'unbuilt'), 'unbuilt');
      rmSync(join(dir, 'dist'), { recursive: true });
      write(join(dir, 'src', 'index.ts'), 'export default {};\n');
    });
    expect(ids).toEqual(['unbuilt']);
    expect(diagnostics).toMatchObject([
      {
        severity: 'warning',
        problems: [{ pointer: '/exports', message: expect.stringMatching(/not built/) }],
      },
    ]);
  });

  it('warns about a declared logo that does not exist and keeps the plugin', () => {
    const { ids, diagnostics } = loadFolder((root) =>
      writeConnector(join(root, 'plain'), 'plain', { logo: false }),
    );
    expect(ids).toEqual(['plain']);
    expect(diagnostics).toMatchObject([
      {
        severity: 'warning',
        problems: [
          {
            pointer: '/logo',
            message: 'names ./logo.svg, which does not exist; the directory shows the catalogue logo or none',
          },
        ],
      },
    ]);
  });
});
