import { defineConnector, readManifest } from '@paycore/core';
import type { SafechargeCredentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The Nuvei connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<SafechargeCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { SafechargeCredentials } from './credentials.js';
export { discover, verify };
