import { defineConnector, readManifest } from '@paycore/core';
import type { SumupCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The SumUp connector: its manifest and verify hook. */
const connector = defineConnector<SumupCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { SumupCredentials } from './credentials.js';
export { verify };
