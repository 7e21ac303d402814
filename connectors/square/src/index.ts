import { defineConnector, readManifest } from '@paycore/core';
import type { SquareCredentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The Square connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<SquareCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { SquareCredentials } from './credentials.js';
export { discover, verify };
