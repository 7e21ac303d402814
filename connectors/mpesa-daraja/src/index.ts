import { defineConnector, readManifest } from '@paycore/core';
import type { MpesaDarajaCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Mpesa Daraja connector: its manifest and verify hook. */
const connector = defineConnector<MpesaDarajaCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { MpesaDarajaCredentials } from './credentials.js';
export { verify };
