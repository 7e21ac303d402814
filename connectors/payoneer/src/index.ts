import { defineConnector, readManifest } from '@paycore/core';
import type { PayoneerCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Payoneer connector: its manifest and verify hook. */
const connector = defineConnector<PayoneerCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { PayoneerCredentials } from './credentials.js';
export { verify };
