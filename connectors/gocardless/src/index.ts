import { defineConnector, readManifest } from '@paycore/core';
import type { GocardlessCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The GoCardLess connector: its manifest and verify hook. */
const connector = defineConnector<GocardlessCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { GocardlessCredentials } from './credentials.js';
export { verify };
