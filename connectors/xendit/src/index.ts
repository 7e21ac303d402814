import { defineConnector, readManifest } from '@paycore/core';
import type { XenditCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Xendit connector: its manifest and verify hook. */
const connector = defineConnector<XenditCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { XenditCredentials } from './credentials.js';
export { verify };
