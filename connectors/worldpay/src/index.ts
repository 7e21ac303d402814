import { defineConnector, readManifest } from '@paycore/core';
import type { WorldpayCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Worldpay connector: its manifest and verify hook. */
const connector = defineConnector<WorldpayCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { WorldpayCredentials } from './credentials.js';
export { verify };
