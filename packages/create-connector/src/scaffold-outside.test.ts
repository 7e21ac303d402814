import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateManifest } from '@paycore/core';
import { vocabulary } from '@paycore/openfintech';
import { afterAll, describe, expect, it } from 'vitest';
import type { FrameworkVersions } from './framework-versions.js';
import { planConnector } from './plan.js';
import { scaffoldOutsideConnector } from './scaffold.js';
import { outsidePackageName } from './templates-outside.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const temp = mkdtempSync(join(tmpdir(), 'create-connector-outside-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const versions: FrameworkVersions = {
  '@paycore/core': '1.2.3',
  '@paycore/testkit': '0.4.0',
  '@paycore/codegen': '0.2.0',
  '@paycore/validate': '0.3.0',
};
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

async function scaffold(id: string): Promise<string> {
  const dir = mkdtempSync(join(temp, 'out-'));
  await scaffoldOutsideConnector(
    { ...planConnector(id), packageName: outsidePackageName(id) },
    { dir, versions },
  );
  return join(dir, id);
}

describe('create-connector --outside', () => {
  it('writes a standalone package that depends on the published framework packages', async () => {
    const dir = await scaffold('acme-pay');
    const pkg = read(join(dir, 'package.json'));
    expect(pkg.name).toBe('paycore-connector-acme-pay');
    expect(pkg.peerDependencies).toEqual({ '@paycore/core': '^1.2.3' });
    expect(pkg.devDependencies).toMatchObject({
      '@paycore/core': '^1.2.3',
      '@paycore/testkit': '^0.4.0',
      '@paycore/codegen': '^0.2.0',
      '@paycore/validate': '^0.3.0',
      typescript: expect.any(String),
      vitest: expect.any(String),
    });
    expect(JSON.stringify(pkg)).not.toContain('workspace:');
    // The testkit runs the built package in the host's sandbox, so `test` builds first.
    expect(pkg.scripts).toMatchObject({
      build: 'tsc -p tsconfig.build.json',
      test: 'tsc -p tsconfig.build.json && vitest run',
      validate: 'paycore-validate .',
      codegen: 'paycore-codegen .',
    });
    expect(existsSync(join(dir, '.gitignore'))).toBe(true);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('PAYCORE_CONNECTOR_PATHS');
  });

  it('inlines the strict compiler options instead of extending the workspace base', async () => {
    const dir = await scaffold('acme-pay');
    const tsconfig = read(join(dir, 'tsconfig.json'));
    expect(tsconfig.extends).toBeUndefined();
    expect(tsconfig.compilerOptions).toMatchObject({
      strict: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
    });
    expect(read(join(dir, 'tsconfig.build.json')).extends).toBe('./tsconfig.json');
  });

  it('points $schema at the schema file core publishes, and the manifest is valid but for its placeholders', async () => {
    const dir = await scaffold('fondy');
    const manifest = read(join(dir, 'manifest.json'));
    // Valid but for the placeholder URLs and hosts, which a ready connector must replace.
    const problems = validateManifest(manifest, { vocabulary, hasVerify: true }).problems;
    expect(problems).toHaveLength(6);
    expect(problems.every((p) => p.message.includes("the scaffold's placeholder (.example)"))).toBe(true);
    expect(validateManifest({ ...manifest, status: 'not-ready' }, { vocabulary }).problems).toEqual([]);
    const installedCore = join(repo, 'packages/core');
    const relativeToCore = manifest.$schema.replace('./node_modules/@paycore/core/', '');
    expect(existsSync(join(installedCore, relativeToCore))).toBe(true);
    expect(read(join(installedCore, 'package.json')).files).toContain(relativeToCore.split('/')[0]);
    await expect(
      scaffoldOutsideConnector(planConnector('fondy'), { dir: dirname(dir), versions }),
    ).rejects.toThrow(/already exists/);
  });

  it('typechecks with the framework packages installed beside it', async () => {
    const dir = await scaffold('acme-pay');
    const modules = join(dir, 'node_modules');
    mkdirSync(join(modules, '@paycore'), { recursive: true });
    mkdirSync(join(modules, '@types'), { recursive: true });
    for (const name of ['core', 'testkit'])
      symlinkSync(join(repo, 'packages', name), join(modules, '@paycore', name));
    symlinkSync(join(repo, 'node_modules/vitest'), join(modules, 'vitest'));
    symlinkSync(join(repo, 'node_modules/@types/node'), join(modules, '@types/node'));
    const tsc = spawnSync(
      process.execPath,
      [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
  }, 60_000);
});
