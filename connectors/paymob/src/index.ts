import { defineConnector, readManifest } from '@paycore/core';
import type { PaymobCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Paymob connector: its manifest and verify hook. */
const connector = defineConnector<PaymobCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { PaymobCredentials } from './credentials.js';
export { verify };
