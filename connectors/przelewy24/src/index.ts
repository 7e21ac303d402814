import { defineConnector, readManifest } from '@paycore/core';
import type { Przelewy24Credentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The Przelewy24 connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<Przelewy24Credentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { Przelewy24Credentials } from './credentials.js';
export { discover, verify };
