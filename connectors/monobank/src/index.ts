import { defineConnector, readManifest } from '@paycore/core';
import type { MonobankCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Monobank connector: its manifest and verify hook. */
const connector = defineConnector<MonobankCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { MonobankCredentials } from './credentials.js';
export { verify };
