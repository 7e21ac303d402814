import { defineConnector, readManifest } from '@paycore/core';
import type { ConektaCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Conekta connector: its manifest and verify hook. */
const connector = defineConnector<ConektaCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { ConektaCredentials } from './credentials.js';
export { verify };
