import { defineConnector, readManifest } from '@paycore/core';
import type { MollieCredentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The Mollie connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<MollieCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { MollieCredentials } from './credentials.js';
export { discover, verify };
