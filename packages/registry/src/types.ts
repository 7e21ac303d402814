import type { ConnectorManifest, CredentialSchema, Problem, Service, Vocabulary } from '@paycore/core';

/** Whether a provider can be connected (`ready`) or is only listed (`not-ready`). */
export type ProviderStatus = 'ready' | 'not-ready';

/** Where a directory entry comes from: a connector package, or the OpenFinTech catalogue alone. */
export type ProviderSource = 'connector' | 'openfintech';

/** `payment`: the provider has payment methods; `payout`: it has payout methods. */
export type Direction = 'payment' | 'payout';

/** A logo file on disk and its media type. */
export interface ProviderLogo {
  /** Absolute path of the file. */
  path: string;
  type: 'image/svg+xml' | 'image/png';
}

/** One provider of the directory: a connector package, or an OpenFinTech provider without one. */
export interface ProviderEntry {
  id: string;
  name: string;
  status: ProviderStatus;
  /** One or two sentences; empty when the catalogue has none. */
  description: string;
  website?: string;
  docsUrl?: string;
  /** ISO 3166-1 alpha-2 codes. */
  countries: readonly string[];
  paymentMethods: readonly string[];
  payoutMethods: readonly string[];
  paymentServices: readonly Service[];
  payoutServices: readonly Service[];
  /** ISO 4217 codes of every payment and payout service, sorted, unique. */
  currencies: readonly string[];
  /** The manifest's environments (connectors only). */
  environments?: ConnectorManifest['environments'];
  /** The credential form (connectors only). */
  credentials?: { version: number; schema: CredentialSchema };
  openfintechCode?: string;
  source: ProviderSource;
  packageName?: string;
  /** Absolute, real path of the connector package folder. */
  packageDir?: string;
  logo?: ProviderLogo;
  /** Absolute path of the connector's README.md, the integration manual. */
  manualPath?: string;
}

/** Something wrong with one plugin. Errors leave the plugin out; warnings keep it. */
export interface Diagnostic {
  /** The package folder (real path), or the configured folder a discovery problem is about. */
  packageDir: string;
  packageName?: string;
  /** The manifest id, when it could be read. */
  id?: string;
  severity: 'error' | 'warning';
  /** The file the problems' JSON pointers point into, when there is one. */
  file?: string;
  problems: Problem[];
}

/**
 * One value of a filter, or several: a list matches an entry that has any of them. Across
 * filters every one must hold.
 */
export type OneOrMore<T> = T | readonly T[];

/** Filters for {@link Registry.query}; every given filter must hold (intersection). */
export interface ProviderQuery {
  status?: ProviderStatus;
  /** OpenFinTech payment method codes, e.g. `payment_card`. */
  paymentMethod?: OneOrMore<string>;
  /** OpenFinTech payout method codes, e.g. `bank_card`. */
  payoutMethod?: OneOrMore<string>;
  /**
   * ISO 4217 codes. With a method filter it matches services of those methods in those
   * currencies; with `direction` only, services of that direction; otherwise any service.
   */
  currency?: OneOrMore<string>;
  /** ISO 3166-1 alpha-2 codes. */
  country?: OneOrMore<string>;
  direction?: Direction;
  /**
   * Free text: each word must be a substring of the name or id, or the start of a description
   * word. Case and accents are ignored.
   */
  q?: string;
  /** Items skipped before the page (default 0). */
  offset?: number;
  /** Page size (default: everything). */
  limit?: number;
}

/** One page of a query, in directory order: ready first, then by name. */
export interface QueryResult {
  /** Matches before paging. */
  total: number;
  items: ProviderEntry[];
}

/** Options for {@link createRegistry}. */
export interface RegistryOptions {
  /** A pnpm workspace root; its `connectors/*` folders are connector packages. */
  workspaceRoot?: string;
  /** `node_modules` folders to scan (including `@scope/*`) for packages with a `paycore` field. */
  nodeModules?: readonly string[];
  /**
   * Extra folders, each a connector package or a folder of them. Hosts fill it from
   * `PAYCORE_CONNECTOR_PATHS` (see `connectorPathsFromEnv`).
   */
  connectorPaths?: readonly string[];
  /** Add every OpenFinTech provider without a connector as a `not-ready` entry (default true). */
  includeDirectory?: boolean;
  /** Codes manifests are checked against (default: the OpenFinTech vocabulary). */
  vocabulary?: Vocabulary;
}

/** A ready connector's validated manifest and its code's location, as a sandbox needs them. */
export interface ConnectorCode {
  id: string;
  manifest: ConnectorManifest;
  /** Absolute, real path of the package folder. */
  packageDir: string;
  /** The built module `exports["."]` points to; `undefined` when the package is not built. */
  file: string | undefined;
}

/** The loaded catalogue of providers and the way into connector code. */
export interface Registry {
  /** Every entry in directory order: ready first, then by name (case-insensitive). */
  readonly providers: readonly ProviderEntry[];
  /** Problems found while loading; grows when a connector module fails to import. */
  readonly diagnostics: readonly Diagnostic[];
  /** The entry with this id, if any. */
  get(id: string): ProviderEntry | undefined;
  /** Entries matching every filter, paged. */
  query(filter?: ProviderQuery): QueryResult;
  /**
   * Where a ready connector's code is, for a sandbox to run it; its code is not imported here.
   * Throws `connector_not_found` or `connector_not_ready`.
   */
  connector(id: string): ConnectorCode;
  /** The connector's README.md, or `undefined` when the provider has none. */
  readManual(id: string): Promise<string | undefined>;
}
