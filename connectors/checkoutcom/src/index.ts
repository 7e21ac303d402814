import { defineConnector, readManifest } from '@paycore/core';
import type { CheckoutcomCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Checkout.com connector: its manifest and verify hook. */
const connector = defineConnector<CheckoutcomCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { CheckoutcomCredentials } from './credentials.js';
export { verify };
