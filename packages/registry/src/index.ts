export {
  buildDirectory,
  type CatalogueProvider,
  compareEntries,
  type Directory,
  type DirectoryOptions,
} from './directory.js';
export {
  connectorPathsFromEnv,
  type DiscoveredPackage,
  type DiscoverOptions,
  type DiscoverySource,
  discoverPackages,
} from './discover.js';
export { createProviderIndex, type ProviderIndex } from './index-providers.js';
export { type ConnectorRecord, type LoadOptions, loadConnectorPackages } from './load.js';
export { createRegistry } from './registry.js';
export type * from './types.js';
export { findWorkspaceRoot } from './workspace-root.js';
