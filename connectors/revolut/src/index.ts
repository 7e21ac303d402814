import { defineConnector, readManifest } from '@paycore/core';
import type { RevolutCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Revolut connector: its manifest and verify hook. */
const connector = defineConnector<RevolutCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { RevolutCredentials } from './credentials.js';
export { verify };
