import { defineConnector, readManifest } from '@paycore/core';
import type { StripeCredentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The Stripe connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<StripeCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { StripeCredentials } from './credentials.js';
export { discover, verify };
