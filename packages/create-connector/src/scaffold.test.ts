import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateManifest } from '@paycore/core';
import { vocabulary } from '@paycore/openfintech';
import { afterAll, describe, expect, it } from 'vitest';
import { checkId, planConnector } from './plan.js';
import { scaffoldConnector } from './scaffold.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const temp = mkdtempSync(join(tmpdir(), 'create-connector-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A throwaway workspace that borrows the repository's installed packages. */
function workspace(): string {
  const root = mkdtempSync(join(temp, 'ws-'));
  mkdirSync(join(root, 'connectors'));
  mkdirSync(join(root, '.changeset'));
  copyFileSync(join(repo, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  return root;
}

describe('create-connector', () => {
  it('refuses ids that cannot be package names', () => {
    expect(checkId(undefined)).toMatch(/Give the connector id/);
    expect(checkId('Acme Pay')).toMatch(/not a valid id/);
    expect(checkId('acme-pay')).toBeUndefined();
  });

  it('prefills name, countries and methods from OpenFinTech for a known code', () => {
    const plan = planConnector('fondy');
    expect(plan.name).toBe('FONDY');
    expect(plan.openfintechCode).toBe('fondy');
    expect(plan.countries.length).toBeGreaterThan(10);
    expect(plan.paymentMethods).toContain('payment_card');
  });

  it('writes a package whose manifest is valid but for its placeholders, and that has a changeset', async () => {
    const root = workspace();
    const files = await scaffoldConnector(planConnector('fondy'), { root });
    expect(files).toEqual(
      expect.arrayContaining([
        'connectors/fondy/manifest.json',
        'connectors/fondy/src/credentials.ts',
        '.changeset/fondy-connector.md',
      ]),
    );
    const manifest = JSON.parse(readFileSync(join(root, 'connectors/fondy/manifest.json'), 'utf8'));
    // Ready, it must replace the placeholder URLs and hosts; not ready, it may keep them.
    expect(
      validateManifest(manifest, { vocabulary, hasVerify: true }).problems.map((p) => p.pointer),
    ).toEqual([
      '/website',
      '/docsUrl',
      '/environments/sandbox/baseUrl',
      '/environments/sandbox/hosts/0',
      '/environments/live/baseUrl',
      '/environments/live/hosts/0',
    ]);
    expect(validateManifest({ ...manifest, status: 'not-ready' }, { vocabulary }).problems).toEqual([]);
    expect(existsSync(join(root, 'connectors/fondy', manifest.logo))).toBe(true);
    await expect(scaffoldConnector(planConnector('fondy'), { root })).rejects.toThrow(/already exists/);
  });

  it('generates a package that typechecks and whose conformance tests fail only on its placeholders', async () => {
    const root = workspace();
    await scaffoldConnector(planConnector('acme-pay'), { root });
    const dir = join(root, 'connectors', 'acme-pay');
    symlinkSync(join(repo, 'connectors', 'stripe', 'node_modules'), join(dir, 'node_modules'));
    const tsc = spawnSync(
      process.execPath,
      [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    const build = spawnSync(
      process.execPath,
      [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(build.stdout + build.stderr).toBe('');
    // Unedited, only the manifest check fails, on the placeholders a ready connector must replace.
    const run = spawnSync(
      process.execPath,
      [join(repo, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    const output = run.stdout + run.stderr;
    expect(output).toMatch(/Tests\s+1 failed \| 10 passed/);
    expect(output).toContain("the scaffold's placeholder (.example)");
    expect(output).toMatch(/\/paymentMethods/);
  }, 120_000);
});
