import { defineConnector, readManifest } from '@paycore/core';
import type { DlocalCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The dLocal connector: its manifest and verify hook. */
const connector = defineConnector<DlocalCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { DlocalCredentials } from './credentials.js';
export { verify };
