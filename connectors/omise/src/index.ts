import { defineConnector, readManifest } from '@paycore/core';
import type { OmiseCredentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The Omise connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<OmiseCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { OmiseCredentials } from './credentials.js';
export { discover, verify };
