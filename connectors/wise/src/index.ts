import { defineConnector, readManifest } from '@paycore/core';
import type { WiseCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Wise connector: its manifest and verify hook. */
const connector = defineConnector<WiseCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { WiseCredentials } from './credentials.js';
export { verify };
