import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConnectorPackage, packageLoads } from './package-check.js';
import { exampleManifest, testVocabulary } from './test-support/fixtures.js';

function connectorPackage(files: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'package-check-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const packageJson = {
  name: '@paycore/connector-example',
  keywords: ['paycore-connector'],
  paycore: { manifest: './manifest.json' },
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
  peerDependencies: { '@paycore/core': '^1.0.0' },
};

describe('checkConnectorPackage', () => {
  it("refuses the scaffold's placeholder logo for a ready connector, and warns about an unmarked initials logo", () => {
    const initials =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#4f46e5"/><text x="32" y="41">EX</text></svg>';
    const files = (logo: string, status = 'ready') => ({
      'package.json': packageJson,
      'manifest.json': { ...exampleManifest(), status, logo: './logo.svg' },
      'dist/index.js': '',
      'logo.svg': logo,
      'README.md': '# Example',
    });
    const marked = initials.replace('<svg ', '<svg data-paycore-placeholder="logo" ');
    const ready = checkConnectorPackage(connectorPackage(files(marked)), { vocabulary: testVocabulary });
    expect(ready.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'manifest.json', pointer: '/logo' }),
    ]);
    expect(ready.problems[0]?.message).toMatch(/placeholder initials logo/);
    const notReady = checkConnectorPackage(connectorPackage(files(marked, 'not-ready')), {
      vocabulary: testVocabulary,
    });
    expect(notReady.problems.filter((p) => p.pointer === '/logo')).toEqual([]);
    const unmarked = checkConnectorPackage(connectorPackage(files(initials)), { vocabulary: testVocabulary });
    expect(unmarked.problems).toEqual([expect.objectContaining({ severity: 'warning', pointer: '/logo' })]);
  });

  it('loads a complete package and finds its module, logo and manual without importing anything', () => {
    const dir = connectorPackage({
      'package.json': packageJson,
      'manifest.json': { ...exampleManifest(), logo: './logo.svg' },
      'dist/index.js': 'throw new Error("must not be imported")',
      'logo.svg': '<svg/>',
      'README.md': '# Example',
    });
    const check = checkConnectorPackage(dir, { vocabulary: testVocabulary });
    expect(check.problems).toEqual([]);
    expect(packageLoads(check)).toBe(true);
    expect(check).toMatchObject({
      id: 'example',
      entry: join(dir, 'dist/index.js'),
      logo: { type: 'image/svg+xml' },
      manualPath: join(dir, 'README.md'),
    });
  });

  it('reports a ready manifest without a module, a missing manual and a missing logo, each in its file', () => {
    const dir = connectorPackage({
      'package.json': { ...packageJson, exports: undefined },
      'manifest.json': { ...exampleManifest(), logo: './logo.png' },
    });
    const check = checkConnectorPackage(dir);
    expect(check.problems).toEqual([
      {
        file: 'manifest.json',
        pointer: '/status',
        message: 'is "ready" but the package has no verify hook',
        severity: 'error',
      },
      {
        file: 'manifest.json',
        pointer: '/logo',
        message: expect.stringContaining('names ./logo.png, which does not exist'),
        severity: 'warning',
      },
      {
        file: 'README.md',
        pointer: '',
        message: expect.stringContaining('integration manual'),
        severity: 'error',
      },
    ]);
    expect(packageLoads(check)).toBe(false);
  });

  it('accepts an unbuilt package with its source, with a warning', () => {
    const dir = connectorPackage({
      'package.json': packageJson,
      'manifest.json': exampleManifest(),
      'src/index.ts': '',
      'README.md': '#',
    });
    const check = checkConnectorPackage(dir);
    expect(check.problems).toEqual([
      {
        file: 'package.json',
        pointer: '/exports',
        message: './dist/index.js does not exist: the package is not built',
        severity: 'warning',
      },
    ]);
    expect(check.sourceFile).toBe(join(dir, 'src/index.ts'));
  });

  it('names an unreadable manifest and broken JSON', () => {
    expect(checkConnectorPackage(connectorPackage({ 'package.json': packageJson })).problems).toContainEqual({
      file: 'package.json',
      pointer: '/paycore/manifest',
      message: 'names ./manifest.json, which cannot be read',
      severity: 'error',
    });
    const broken = checkConnectorPackage(
      connectorPackage({ 'package.json': packageJson, 'manifest.json': '{ "id": ' }),
    );
    expect(broken.problems[0]).toMatchObject({ file: 'manifest.json', pointer: '', severity: 'error' });
    expect(broken.problems[0]?.message).toMatch(/^is not valid JSON/);
  });
});
