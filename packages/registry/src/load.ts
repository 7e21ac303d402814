import { join } from 'node:path';
import { type ConnectorManifest, checkConnectorPackage, packageLoads, type Vocabulary } from '@paycore/core';
import type { DiscoveredPackage, DiscoverySource } from './discover.js';
import type { Diagnostic, ProviderLogo } from './types.js';

/** A connector package whose manifest passed validation. Its code has not been imported. */
export interface ConnectorRecord {
  dir: string;
  packageName?: string;
  manifest: ConnectorManifest;
  /** The manifest file, relative to `dir`. */
  manifestFile: string;
  /** Absolute path of the module `exports["."]` (or `main`) points to, when declared and built. */
  entryFile?: string;
  /** Where it was found; the directory lists an unbuilt package from outside the workspace as not ready. */
  source?: DiscoverySource;
  logo?: ProviderLogo;
  manualPath?: string;
}

/** Options for {@link loadConnectorPackages}. */
export interface LoadOptions {
  /** Codes the manifests are checked against. */
  vocabulary?: Vocabulary;
}

/**
 * Reads and validates each discovered package without importing its code. A package with an
 * unreadable or invalid manifest, or an id an earlier package already uses, goes into
 * `diagnostics` as an error and is left out; everything else is returned. Never throws.
 */
export function loadConnectorPackages(
  packages: readonly DiscoveredPackage[],
  options: LoadOptions,
  diagnostics: Diagnostic[],
): ConnectorRecord[] {
  const records: ConnectorRecord[] = [];
  const byId = new Map<string, ConnectorRecord>();
  for (const found of packages) {
    const record = loadOne(found, options, diagnostics);
    if (!record) continue;
    const first = byId.get(record.manifest.id);
    if (first) {
      diagnostics.push({
        ...identify(record),
        severity: 'error',
        file: join(record.dir, record.manifestFile),
        problems: [
          {
            pointer: '/id',
            message: `"${record.manifest.id}" is already used by ${first.dir}${first.packageName ? ` (${first.packageName})` : ''}; this package is left out`,
          },
        ],
      });
      continue;
    }
    byId.set(record.manifest.id, record);
    records.push(record);
  }
  return records;
}

function loadOne(
  found: DiscoveredPackage,
  options: LoadOptions,
  diagnostics: Diagnostic[],
): ConnectorRecord | undefined {
  const check = checkConnectorPackage(found.dir, {
    packageJson: found.packageJson,
    ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
  });
  const base = {
    packageDir: found.dir,
    ...(check.packageName === undefined ? {} : { packageName: check.packageName }),
    ...(check.id === undefined ? {} : { id: check.id }),
  };
  // One diagnostic per file and severity, each pointer relative to that file.
  const groups = new Map<string, Diagnostic>();
  for (const problem of check.problems) {
    const file = problem.file === 'package.json' ? found.file : join(found.dir, problem.file);
    const key = `${file}\u0000${problem.severity}`;
    let diagnostic = groups.get(key);
    if (!diagnostic) {
      diagnostic = { ...base, severity: problem.severity, file, problems: [] };
      groups.set(key, diagnostic);
    }
    diagnostic.problems.push({ pointer: problem.pointer, message: problem.message });
  }
  diagnostics.push(...groups.values());
  if (!packageLoads(check)) return undefined;
  const record: ConnectorRecord = {
    dir: found.dir,
    manifest: check.manifest,
    manifestFile: check.manifestFile,
    source: found.source,
    ...(check.packageName === undefined ? {} : { packageName: check.packageName }),
  };
  if (check.entry !== undefined) record.entryFile = check.entry;
  if (check.logo !== undefined) record.logo = check.logo;
  if (check.manualPath !== undefined) record.manualPath = check.manualPath;
  return record;
}

function identify(record: ConnectorRecord): Pick<Diagnostic, 'packageDir' | 'packageName' | 'id'> {
  return {
    packageDir: record.dir,
    id: record.manifest.id,
    ...(record.packageName === undefined ? {} : { packageName: record.packageName }),
  };
}
