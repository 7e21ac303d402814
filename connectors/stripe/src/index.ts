import { defineConnector, readManifest } from '@paycore/core';
import type { StripeCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Stripe connector: its manifest and verify hook. */
const connector = defineConnector<StripeCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { StripeCredentials } from './credentials.js';
export { verify };
