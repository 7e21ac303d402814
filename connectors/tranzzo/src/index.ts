import { defineConnector, readManifest } from '@paycore/core';
import type { TranzzoCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Tranzzo connector: its manifest and verify hook. */
const connector = defineConnector<TranzzoCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { TranzzoCredentials } from './credentials.js';
export { verify };
