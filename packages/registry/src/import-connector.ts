import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type Connector, PaycoreError } from '@paycore/core';
import type { ConnectorRecord } from './load.js';

/**
 * Imports a connector package's module and checks that its default export is the connector the
 * manifest describes. The returned connector carries the manifest the registry validated (so the
 * hosts a hook may call are the validated ones) and the module's verify hook.
 *
 * Throws `connector_load_failed` with the original error as `cause`.
 */
export async function importConnector(record: ConnectorRecord): Promise<Connector> {
  const { manifest } = record;
  const label = `the ${manifest.name} connector (${record.packageName ?? record.dir})`;
  const file = moduleFile(record);
  if (file === undefined) {
    throw new PaycoreError('connector_load_failed', `Cannot load ${label}: it has no built module`);
  }
  let module: { default?: unknown };
  try {
    module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default?: unknown };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new PaycoreError('connector_load_failed', `Cannot load ${label}: importing it failed: ${reason}`, {
      cause,
    });
  }
  const exported = module.default;
  if (!isConnectorWithId(exported, manifest.id)) {
    throw new PaycoreError(
      'connector_load_failed',
      `Cannot load ${label}: its default export is not a connector with manifest id "${manifest.id}"`,
    );
  }
  if (typeof exported.verify !== 'function') {
    throw new PaycoreError(
      'connector_load_failed',
      `Cannot load ${label}: its manifest says ready but its default export has no verify hook`,
    );
  }
  return Object.freeze({ ...exported, manifest });
}

function moduleFile(record: ConnectorRecord): string | undefined {
  if (record.entryFile !== undefined && existsSync(record.entryFile)) return record.entryFile;
  return record.sourceFile !== undefined && existsSync(record.sourceFile) ? record.sourceFile : undefined;
}

function isConnectorWithId(value: unknown, id: string): value is Connector {
  if (typeof value !== 'object' || value === null) return false;
  const { manifest } = value as { manifest?: unknown };
  return typeof manifest === 'object' && manifest !== null && (manifest as { id?: unknown }).id === id;
}
