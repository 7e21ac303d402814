import { defineConnector, readManifest } from '@paycore/core';
import type { RazorpayCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Razorpay connector: its manifest and verify hook. */
const connector = defineConnector<RazorpayCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { RazorpayCredentials } from './credentials.js';
export { verify };
