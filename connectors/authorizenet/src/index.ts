import { defineConnector, readManifest } from '@paycore/core';
import type { AuthorizenetCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Authorize.Net connector: its manifest and verify hook. */
const connector = defineConnector<AuthorizenetCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { AuthorizenetCredentials } from './credentials.js';
export { verify };
