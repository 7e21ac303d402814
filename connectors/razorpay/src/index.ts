import { defineConnector, readManifest } from '@paycore/core';
import type { RazorpayCredentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The Razorpay connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<RazorpayCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { RazorpayCredentials } from './credentials.js';
export { discover, verify };
