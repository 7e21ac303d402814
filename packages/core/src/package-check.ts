import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractOptions } from './contract.js';
import { validateManifest } from './manifest.js';
import type { ConnectorManifest } from './types.js';

/** A problem in one file of a connector package. */
export interface PackageProblem {
  /** File inside the package folder, e.g. `manifest.json`. */
  file: string;
  /** JSON pointer into that file (`""` for the file as a whole). */
  pointer: string;
  message: string;
  severity: 'error' | 'warning';
}

/** The package.json fields PayCore reads. */
export interface ConnectorPackageJson {
  name?: string;
  version?: string;
  keywords?: string[];
  paycore?: { manifest?: string };
  exports?: unknown;
  main?: string;
  peerDependencies?: Record<string, string>;
}

/** What a static look at a connector folder found, without importing any of its code. */
export interface PackageCheck {
  dir: string;
  packageJson?: ConnectorPackageJson;
  /** Present when the manifest parsed, even if it has problems. */
  manifest?: ConnectorManifest;
  /** Absolute path of the module that exports the connector, when the package declares one that exists. */
  entry?: string;
  problems: PackageProblem[];
}

/**
 * Checks a connector package folder statically: package.json, manifest (schema and contract),
 * whether it ships a verify module (`ready` ⇔ module), the logo and the integration manual.
 */
export function checkConnectorPackage(
  dir: string,
  options: Pick<ContractOptions, 'vocabulary'> = {},
): PackageCheck {
  const problems: PackageProblem[] = [];
  const error = (file: string, pointer: string, message: string) =>
    problems.push({ file, pointer, message, severity: 'error' });
  const warn = (file: string, pointer: string, message: string) =>
    problems.push({ file, pointer, message, severity: 'warning' });

  const pkg = readJsonFile<ConnectorPackageJson>(join(dir, 'package.json'));
  if (!pkg.ok) {
    error('package.json', '', pkg.message);
    return { dir, problems };
  }
  const packageJson = pkg.value;
  const manifestFile = packageJson.paycore?.manifest;
  if (typeof manifestFile !== 'string') {
    error(
      'package.json',
      '/paycore/manifest',
      'is required: the path of the manifest, e.g. "./manifest.json"',
    );
    return { dir, packageJson, problems };
  }
  if (!packageJson.keywords?.includes('paycore-connector'))
    warn(
      'package.json',
      '/keywords',
      'should include "paycore-connector" so the package can be found on npm',
    );
  if (!packageJson.peerDependencies?.['@paycore/core'])
    warn('package.json', '/peerDependencies', 'should list @paycore/core as a peer dependency');

  const manifestName = manifestFile.replace(/^\.\//, '');
  const parsed = readJsonFile<ConnectorManifest>(join(dir, manifestFile));
  if (!parsed.ok) {
    error(manifestName, '', parsed.message);
    return { dir, packageJson, problems };
  }
  const manifest = parsed.value;
  const entry = entryOf(dir, packageJson);
  const hasSource = existsSync(join(dir, 'src', 'index.ts'));
  if (!entry && hasSource)
    warn('package.json', '/exports', 'points to a module that is not built yet; run the package build');
  const validation = validateManifest(manifest, { ...options, hasVerify: entry !== undefined || hasSource });
  for (const problem of validation.problems) error(manifestName, problem.pointer, problem.message);

  if (typeof manifest === 'object' && manifest !== null) {
    if (typeof manifest.logo === 'string' && !existsSync(join(dir, manifest.logo)))
      error(manifestName, '/logo', `file ${manifest.logo} does not exist`);
    if (manifest.status === 'ready' && !existsSync(join(dir, 'README.md'))) {
      error(
        'README.md',
        '',
        'is missing: a ready connector needs its integration manual (where each credential is found)',
      );
    }
  }
  return { dir, packageJson, manifest, ...(entry ? { entry } : {}), problems };
}

function entryOf(dir: string, pkg: ConnectorPackageJson): string | undefined {
  const exported = pkg.exports;
  let target: unknown =
    typeof exported === 'string' ? exported : (exported as Record<string, unknown> | undefined)?.['.'];
  if (target && typeof target === 'object') {
    const conditions = target as Record<string, unknown>;
    target = conditions.import ?? conditions.default ?? conditions.node;
  }
  if (typeof target !== 'string') target = pkg.main;
  if (typeof target !== 'string') return undefined;
  const path = join(dir, target);
  return existsSync(path) ? path : undefined;
}

function readJsonFile<T>(path: string): { ok: true; value: T } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, message: 'is missing or unreadable' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as T };
  } catch (error) {
    return {
      ok: false,
      message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
