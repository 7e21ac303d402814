import { defineConnector, readManifest } from '@paycore/core';
import type { AdyenCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Adyen connector: its manifest and verify hook. */
const connector = defineConnector<AdyenCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { AdyenCredentials } from './credentials.js';
export { verify };
