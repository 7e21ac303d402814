import { defineConnector, readManifest } from '@paycore/core';
import type { BraintreeCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Braintree connector: its manifest and verify hook. */
const connector = defineConnector<BraintreeCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { BraintreeCredentials } from './credentials.js';
export { verify };
