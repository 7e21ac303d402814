import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { PaycoreError } from '@paycore/core';
import { vocabulary as openfintechVocabulary } from '@paycore/openfintech';
import { buildDirectory } from './directory.js';
import { discoverPackages } from './discover.js';
import { createProviderIndex } from './index-providers.js';
import { type ConnectorRecord, loadConnectorPackages } from './load.js';
import type { ConnectorCode, Diagnostic, ProviderEntry, Registry, RegistryOptions } from './types.js';

/**
 * Discovers connector packages, validates their manifests (no connector code runs), merges them
 * with the OpenFinTech directory and indexes the result. A broken plugin never makes this throw:
 * it is left out and described in `registry.diagnostics`.
 *
 * Async so a host can `await` it at start-up and so reading may move off the main thread later;
 * today it reads synchronously, which is fastest for many small files.
 */
export async function createRegistry(options: RegistryOptions = {}): Promise<Registry> {
  const diagnostics: Diagnostic[] = [];
  const discovered = discoverPackages(
    {
      ...(options.workspaceRoot === undefined ? {} : { workspaceRoot: options.workspaceRoot }),
      ...(options.nodeModules === undefined ? {} : { nodeModules: options.nodeModules }),
      ...(options.connectorPaths === undefined ? {} : { connectorPaths: options.connectorPaths }),
    },
    diagnostics,
  );
  const records = loadConnectorPackages(
    discovered,
    { vocabulary: options.vocabulary ?? openfintechVocabulary },
    diagnostics,
  );
  const { entries } = buildDirectory(
    records,
    { includeDirectory: options.includeDirectory ?? true },
    diagnostics,
  );
  const index = createProviderIndex(entries);
  const byId = new Map<string, ProviderEntry>(entries.map((entry) => [entry.id, entry]));
  const recordsById = new Map<string, ConnectorRecord>(records.map((record) => [record.manifest.id, record]));

  const entryFor = (id: string): ProviderEntry => {
    const entry = byId.get(id);
    if (!entry) throw new PaycoreError('connector_not_found', `No provider has the id "${id}"`);
    return entry;
  };

  const connector = (id: string): ConnectorCode => {
    const entry = entryFor(id);
    const record = recordsById.get(id);
    if (entry.status !== 'ready' || !record) {
      throw new PaycoreError('connector_not_ready', `${entry.name} cannot be connected yet`);
    }
    const file =
      record.entryFile !== undefined && existsSync(record.entryFile) ? record.entryFile : undefined;
    return { id, manifest: record.manifest, packageDir: record.dir, file };
  };

  return {
    providers: Object.freeze(entries),
    diagnostics,
    get: (id) => byId.get(id),
    query: (filter) => index.query(filter),
    connector,
    readManual: async (id) => {
      const { manualPath } = entryFor(id);
      if (manualPath === undefined) return undefined;
      try {
        return await readFile(manualPath, 'utf8');
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new PaycoreError('internal', `Cannot read the manual of ${id}`, { cause });
      }
    },
  };
}
