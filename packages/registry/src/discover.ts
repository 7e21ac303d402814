import { type Dirent, readdirSync, realpathSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { isObject, type PackageJson, packageName, readPackageJson } from '@paycore/core';
import type { Diagnostic } from './types.js';

/** Where a connector package was found. */
export type DiscoverySource = 'workspace' | 'path' | 'node_modules';

/** A connector package folder and its parsed package.json. */
export interface DiscoveredPackage {
  /** Real path of the package folder (symlinks resolved). */
  dir: string;
  packageJson: PackageJson;
  /** Absolute path of the package.json. */
  file: string;
  source: DiscoverySource;
}

/** Where to look for connector packages. */
export interface DiscoverOptions {
  /** A workspace root: every `connectors/*` folder is expected to be a connector package. */
  workspaceRoot?: string;
  /** `node_modules` folders: packages (and `@scope/*` packages) with a `paycore` field. */
  nodeModules?: readonly string[];
  /** Folders that are a connector package, or whose children are. */
  connectorPaths?: readonly string[];
}

/**
 * Finds connector package folders: the workspace's `connectors/*` first, then `connectorPaths`,
 * then `node_modules`. A package reached twice (e.g. through a pnpm symlink) is returned once,
 * from the first place it was found. Problems go into `diagnostics`; nothing is thrown.
 */
export function discoverPackages(options: DiscoverOptions, diagnostics: Diagnostic[]): DiscoveredPackage[] {
  const found: DiscoveredPackage[] = [];
  const seen = new Set<string>();
  const add = (dir: string, source: DiscoverySource, strict: boolean): void => {
    const real = realPath(dir);
    if (real === undefined || seen.has(real)) return;
    const read = readPackageJson(real, strict ? undefined : '"paycore"');
    if (read.kind === 'missing') {
      if (strict) warn(diagnostics, real, 'has no package.json, so it is not a connector package');
      return;
    }
    if (read.kind === 'invalid') {
      if (strict) unreadable(diagnostics, real, read.file, read.error);
      return;
    }
    const { paycore } = read.json;
    if (paycore === undefined) {
      if (strict)
        warn(diagnostics, real, 'package.json has no "paycore" field, so it is not a connector package');
      return;
    }
    seen.add(real);
    if (!isObject(paycore)) {
      diagnostics.push({
        packageDir: real,
        ...nameOf(read.json),
        severity: 'error',
        file: read.file,
        problems: [
          { pointer: '/paycore', message: 'must be an object like { "manifest": "./manifest.json" }' },
        ],
      });
      return;
    }
    found.push({ dir: real, packageJson: read.json, file: read.file, source });
  };

  if (options.workspaceRoot !== undefined) {
    for (const dir of childFolders(join(resolve(options.workspaceRoot), 'connectors'))) {
      add(dir, 'workspace', true);
    }
  }
  for (const path of options.connectorPaths ?? []) {
    const dir = resolve(path);
    const self = readPackageJson(dir);
    if (self.kind === 'ok' && self.json.paycore !== undefined) {
      add(dir, 'path', true);
      continue;
    }
    if (self.kind === 'invalid') {
      unreadable(diagnostics, dir, self.file, self.error);
      continue;
    }
    const children = childFolders(dir);
    if (children === MISSING)
      warn(diagnostics, dir, 'is listed as a connector path but is not a readable folder');
    for (const child of children) add(child, 'path', false);
  }
  for (const folder of options.nodeModules ?? []) {
    for (const dir of nodeModulesPackages(resolve(folder))) add(dir, 'node_modules', false);
  }
  return found;
}

/**
 * Splits a `PAYCORE_CONNECTOR_PATHS`-style value by the platform's path delimiter
 * (`:` on POSIX, `;` on Windows), dropping empty parts.
 */
export function connectorPathsFromEnv(
  value: string | undefined = process.env.PAYCORE_CONNECTOR_PATHS,
): string[] {
  return (value ?? '')
    .split(delimiter)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const MISSING: string[] = [];

/** Sub-folders (and symlinks, which may point at folders) of `dir`, sorted by name. */
function childFolders(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return MISSING;
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || entry.isSymbolicLink()))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(dir, name));
}

function nodeModulesPackages(folder: string): string[] {
  const dirs: string[] = [];
  for (const dir of childFolders(folder)) {
    if (dir.slice(folder.length + 1).startsWith('@')) dirs.push(...childFolders(dir));
    else dirs.push(dir);
  }
  return dirs;
}

function realPath(dir: string): string | undefined {
  try {
    return realpathSync.native(dir);
  } catch {
    return undefined;
  }
}

function nameOf(json: PackageJson): { packageName?: string } {
  const name = packageName(json);
  return name === undefined ? {} : { packageName: name };
}

function warn(diagnostics: Diagnostic[], dir: string, message: string): void {
  diagnostics.push({ packageDir: dir, severity: 'warning', problems: [{ pointer: '', message }] });
}

function unreadable(diagnostics: Diagnostic[], dir: string, file: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  diagnostics.push({
    packageDir: dir,
    severity: 'error',
    file,
    problems: [{ pointer: '', message: `package.json cannot be parsed: ${reason}` }],
  });
}
