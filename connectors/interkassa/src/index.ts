import { defineConnector, readManifest } from '@paycore/core';
import type { InterkassaCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Interkassa connector: its manifest and verify hook. */
const connector = defineConnector<InterkassaCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { InterkassaCredentials } from './credentials.js';
export { verify };
