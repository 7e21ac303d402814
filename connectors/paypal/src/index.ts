import { defineConnector, readManifest } from '@paycore/core';
import type { PaypalCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The PayPal connector: its manifest and verify hook. */
const connector = defineConnector<PaypalCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { PaypalCredentials } from './credentials.js';
export { verify };
