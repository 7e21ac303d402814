import { defineConnector, readManifest } from '@paycore/core';
import type { PaypalCredentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The PayPal connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<PaypalCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { PaypalCredentials } from './credentials.js';
export { discover, verify };
