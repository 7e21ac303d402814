import { defineConnector, readManifest } from '@paycore/core';
import type { FlutterwaveCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Flutterwave connector: its manifest and verify hook. */
const connector = defineConnector<FlutterwaveCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { FlutterwaveCredentials } from './credentials.js';
export { verify };
