import { defineConnector, readManifest } from '@paycore/core';
import type { KlarnaCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Klarna connector: its manifest and verify hook. */
const connector = defineConnector<KlarnaCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { KlarnaCredentials } from './credentials.js';
export { verify };
