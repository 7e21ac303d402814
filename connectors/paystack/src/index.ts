import { defineConnector, readManifest } from '@paycore/core';
import type { PaystackCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Paystack connector: its manifest and verify hook. */
const connector = defineConnector<PaystackCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { PaystackCredentials } from './credentials.js';
export { verify };
