import { defineConnector, readManifest } from '@paycore/core';
import type { RapydCredentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The Rapyd connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<RapydCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { RapydCredentials } from './credentials.js';
export { discover, verify };
