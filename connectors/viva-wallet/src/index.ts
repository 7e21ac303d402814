import { defineConnector, readManifest } from '@paycore/core';
import type { VivaWalletCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Viva Wallet connector: its manifest and verify hook. */
const connector = defineConnector<VivaWalletCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { VivaWalletCredentials } from './credentials.js';
export { verify };
