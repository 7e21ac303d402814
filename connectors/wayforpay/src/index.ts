import { defineConnector, readManifest } from '@paycore/core';
import type { WayforpayCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Wayforpay connector: its manifest and verify hook. */
const connector = defineConnector<WayforpayCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { WayforpayCredentials } from './credentials.js';
export { verify };
