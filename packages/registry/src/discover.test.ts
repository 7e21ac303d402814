import { mkdirSync, symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectorPathsFromEnv, discoverPackages } from './discover.js';
import { tempFolder, write, writeConnector } from './test-support/fixtures.js';
import type { Diagnostic } from './types.js';
import { findWorkspaceRoot } from './workspace-root.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function temp(): string {
  const { dir, remove } = tempFolder();
  cleanups.push(remove);
  return dir;
}

describe('discoverPackages', () => {
  it("finds a workspace's connectors/* and warns about folders that are not connector packages", () => {
    const root = temp();
    writeConnector(join(root, 'connectors', 'beta'), 'beta');
    writeConnector(join(root, 'connectors', 'alpha'), 'alpha');
    mkdirSync(join(root, 'connectors', 'empty'));
    write(join(root, 'connectors', 'plain', 'package.json'), '{"name":"plain"}');
    const diagnostics: Diagnostic[] = [];
    const found = discoverPackages({ workspaceRoot: root }, diagnostics);
    expect(found.map((p) => p.packageJson.name)).toEqual([
      '@paycore/connector-alpha',
      '@paycore/connector-beta',
    ]);
    expect(found.every((p) => p.source === 'workspace')).toBe(true);
    expect(
      diagnostics.map((d) => [d.severity, d.packageDir.endsWith('empty') || d.packageDir.endsWith('plain')]),
    ).toEqual([
      ['warning', true],
      ['warning', true],
    ]);
  });

  it('takes a connector path that is a package, or a folder of packages', () => {
    const single = writeConnector(join(temp(), 'solo'), 'solo');
    const parent = temp();
    writeConnector(join(parent, 'one'), 'one');
    writeConnector(join(parent, 'two'), 'two');
    write(join(parent, 'notes', 'package.json'), '{"name":"notes"}');
    const missing = join(parent, 'nope');
    const diagnostics: Diagnostic[] = [];
    const found = discoverPackages({ connectorPaths: [single, parent, missing] }, diagnostics);
    expect(found.map((p) => p.packageJson.name)).toEqual([
      '@paycore/connector-solo',
      '@paycore/connector-one',
      '@paycore/connector-two',
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ packageDir: missing, severity: 'warning' });
  });

  it('scans node_modules, scoped packages included, for packages with a paycore field', () => {
    const nodeModules = join(temp(), 'node_modules');
    writeConnector(join(nodeModules, '@acme', 'paycore-connector-acme'), 'acme');
    writeConnector(join(nodeModules, 'paycore-connector-zeta'), 'zeta');
    write(join(nodeModules, 'left-pad', 'package.json'), '{"name":"left-pad"}');
    write(join(nodeModules, 'broken', 'package.json'), '{not json');
    write(join(nodeModules, '.bin', 'package.json'), '{"paycore":{}}');
    const diagnostics: Diagnostic[] = [];
    const found = discoverPackages({ nodeModules: [nodeModules] }, diagnostics);
    expect(found.map((p) => p.packageJson.name)).toEqual([
      '@paycore/connector-acme',
      '@paycore/connector-zeta',
    ]);
    expect(found.every((p) => p.source === 'node_modules')).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it('loads a package reached twice through a symlink once, from the first source', () => {
    const root = temp();
    const real = writeConnector(join(root, 'connectors', 'linked'), 'linked');
    const nodeModules = join(root, 'node_modules');
    mkdirSync(join(nodeModules, '@paycore'), { recursive: true });
    symlinkSync(real, join(nodeModules, '@paycore', 'connector-linked'), 'dir');
    const found = discoverPackages(
      { workspaceRoot: root, nodeModules: [nodeModules], connectorPaths: [real] },
      [],
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ source: 'workspace' });
  });

  it('reports a paycore field that is not an object and unreadable package.json files', () => {
    const root = temp();
    writeConnector(join(root, 'connectors', 'odd'), 'odd', { packageJson: { paycore: true } });
    write(join(root, 'connectors', 'garbled', 'package.json'), '{"name": ');
    const diagnostics: Diagnostic[] = [];
    expect(discoverPackages({ workspaceRoot: root }, diagnostics)).toEqual([]);
    expect(diagnostics.map((d) => [d.severity, d.problems[0]?.pointer])).toEqual([
      ['error', ''],
      ['error', '/paycore'],
    ]);
    expect(diagnostics[0]?.problems[0]?.message).toMatch(/cannot be parsed/);
  });
});

describe('connectorPathsFromEnv', () => {
  it('splits by the platform delimiter and drops empty parts', () => {
    expect(connectorPathsFromEnv(['/a', '', ' /b '].join(delimiter))).toEqual(['/a', '/b']);
    expect(connectorPathsFromEnv('')).toEqual([]);
  });
});

describe('findWorkspaceRoot', () => {
  it('walks up to the folder holding pnpm-workspace.yaml', () => {
    const root = temp();
    write(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    expect(findWorkspaceRoot(join(root, 'a', 'b'))).toBe(root);
    expect(findWorkspaceRoot(new URL(`file://${join(root, 'a', 'b', 'file.ts')}`))).toBe(root);
  });
});
