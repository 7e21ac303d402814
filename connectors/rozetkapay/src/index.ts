import { defineConnector, readManifest } from '@paycore/core';
import type { RozetkapayCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The RozetkaPay connector: its manifest and verify hook. */
const connector = defineConnector<RozetkapayCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { RozetkapayCredentials } from './credentials.js';
export { verify };
