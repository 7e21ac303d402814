import { defineConnector, readManifest } from '@paycore/core';
import type { FondyCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The FONDY connector: its manifest and verify hook. */
const connector = defineConnector<FondyCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { FondyCredentials } from './credentials.js';
export { verify };
