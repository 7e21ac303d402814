import type { Service } from '@paycore/core';
import {
  type Provider,
  providerLogoPath,
  providerLogoType,
  providers as openfintechProviders,
} from '@paycore/openfintech';
import type { ConnectorRecord } from './load.js';
import type { Diagnostic, ProviderEntry, ProviderLogo } from './types.js';

/** The OpenFinTech provider fields the directory uses. */
export type CatalogueProvider = Pick<
  Provider,
  'code' | 'name' | 'status' | 'countries' | 'paymentMethods' | 'payoutMethods'
> & { readonly description?: string | undefined; readonly website?: string | undefined };

/** Options for {@link buildDirectory}. */
export interface DirectoryOptions {
  /** Add OpenFinTech providers without a connector as `not-ready` entries. */
  includeDirectory: boolean;
  /** The catalogue to merge (default: `@paycore/openfintech`'s providers). */
  catalogue?: readonly CatalogueProvider[];
}

/** The merged directory, sorted, and what the merge left out. */
export interface Directory {
  entries: ProviderEntry[];
  /** Deprecated OpenFinTech providers without a connector, left out of the directory. */
  deprecatedSkipped: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Merges connector packages with the OpenFinTech catalogue. A connector replaces the provider
 * whose code equals its `openfintechCode` or its `id`; every other active provider becomes a
 * `not-ready` entry; deprecated providers are left out. Sorted: ready first, then by name.
 */
export function buildDirectory(
  records: readonly ConnectorRecord[],
  options: DirectoryOptions,
  diagnostics: Diagnostic[],
): Directory {
  const catalogue = options.catalogue ?? openfintechProviders;
  const byCode = new Map(catalogue.map((provider) => [provider.code, provider]));
  const claimed = new Set<string>();
  const entries: ProviderEntry[] = [];
  for (const record of records) {
    const { manifest } = record;
    claimed.add(manifest.id);
    const code = manifest.openfintechCode ?? (byCode.has(manifest.id) ? manifest.id : undefined);
    if (manifest.openfintechCode !== undefined) {
      claimed.add(manifest.openfintechCode);
      if (!byCode.has(manifest.openfintechCode)) {
        diagnostics.push({
          packageDir: record.dir,
          id: manifest.id,
          ...(record.packageName === undefined ? {} : { packageName: record.packageName }),
          severity: 'warning',
          problems: [
            {
              pointer: '/openfintechCode',
              message: `"${manifest.openfintechCode}" is not an OpenFinTech provider code`,
            },
          ],
        });
      }
    }
    const entry = connectorEntry(record, code);
    if (entry.status === 'ready' && unbuiltOutsider(record)) {
      // A host cannot run a hook that was never compiled; saying so beats a `misconfigured` on connect.
      entry.status = 'not-ready';
      diagnostics.push({
        packageDir: record.dir,
        id: manifest.id,
        ...(record.packageName === undefined ? {} : { packageName: record.packageName }),
        severity: 'warning',
        problems: [
          {
            pointer: '',
            message: `${record.packageName ?? manifest.id} has no built module: run its build (e.g. \`pnpm build\`); listed as not ready until then`,
          },
        ],
      });
    }
    entries.push(entry);
  }
  let deprecatedSkipped = 0;
  if (options.includeDirectory) {
    for (const provider of catalogue) {
      if (claimed.has(provider.code)) continue;
      if (provider.status === 'deprecated') deprecatedSkipped++;
      else entries.push(catalogueEntry(provider));
    }
  }
  entries.sort(compareEntries);
  return { entries, deprecatedSkipped };
}

/**
 * A package from `connectorPaths` or `node_modules` whose module is missing. Workspace connectors
 * are left alone: the workspace's own commands build them before a host starts.
 */
function unbuiltOutsider(record: ConnectorRecord): boolean {
  return record.entryFile === undefined && record.source !== undefined && record.source !== 'workspace';
}

/** Directory order: ready first, then by name ignoring case, then by id. */
export function compareEntries(a: ProviderEntry, b: ProviderEntry): number {
  if (a.status !== b.status) return a.status === 'ready' ? -1 : 1;
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function connectorEntry(record: ConnectorRecord, code: string | undefined): ProviderEntry {
  const { manifest } = record;
  const entry: ProviderEntry = {
    id: manifest.id,
    name: manifest.name,
    status: manifest.status,
    description: manifest.description,
    website: manifest.website,
    countries: manifest.countries,
    paymentMethods: manifest.paymentMethods,
    payoutMethods: manifest.payoutMethods,
    paymentServices: manifest.paymentServices,
    payoutServices: manifest.payoutServices,
    currencies: currenciesOf(manifest.paymentServices, manifest.payoutServices),
    environments: manifest.environments,
    credentials: { version: manifest.credentials.version, schema: manifest.credentials.schema },
    source: 'connector',
    packageDir: record.dir,
  };
  if (manifest.docsUrl !== undefined) entry.docsUrl = manifest.docsUrl;
  if (code !== undefined) entry.openfintechCode = code;
  if (record.packageName !== undefined) entry.packageName = record.packageName;
  const logo = record.logo ?? (code === undefined ? undefined : catalogueLogo(code));
  if (logo) entry.logo = logo;
  if (record.manualPath !== undefined) entry.manualPath = record.manualPath;
  return entry;
}

function catalogueEntry(provider: CatalogueProvider): ProviderEntry {
  const entry: ProviderEntry = {
    id: provider.code,
    name: provider.name,
    status: 'not-ready',
    description: provider.description ?? '',
    countries: provider.countries,
    paymentMethods: provider.paymentMethods,
    payoutMethods: provider.payoutMethods,
    paymentServices: [],
    payoutServices: [],
    currencies: [],
    openfintechCode: provider.code,
    source: 'openfintech',
  };
  if (provider.website !== undefined) entry.website = provider.website;
  const logo = catalogueLogo(provider.code);
  if (logo) entry.logo = logo;
  return entry;
}

function catalogueLogo(code: string): ProviderLogo | undefined {
  const path = providerLogoPath(code);
  const type = providerLogoType(code);
  return path !== undefined && type !== undefined ? { path, type } : undefined;
}

function currenciesOf(...lists: readonly (readonly Service[])[]): string[] {
  const set = new Set<string>();
  for (const list of lists) for (const service of list) set.add(service.currency);
  return [...set].sort();
}
