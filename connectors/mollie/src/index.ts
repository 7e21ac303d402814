import { defineConnector, readManifest } from '@paycore/core';
import type { MollieCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Mollie connector: its manifest and verify hook. */
const connector = defineConnector<MollieCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { MollieCredentials } from './credentials.js';
export { verify };
