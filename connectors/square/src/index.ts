import { defineConnector, readManifest } from '@paycore/core';
import type { SquareCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Square connector: its manifest and verify hook. */
const connector = defineConnector<SquareCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { SquareCredentials } from './credentials.js';
export { verify };
