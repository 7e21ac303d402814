import { defineConnector, readManifest } from '@paycore/core';
import type { LiqpayCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The LiqPay connector: its manifest and verify hook. */
const connector = defineConnector<LiqpayCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { LiqpayCredentials } from './credentials.js';
export { verify };
