import { defineConnector, readManifest } from '@paycore/core';
import type { IngenicopaymentservicesCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Worldline Direct connector: its manifest and verify hook. */
const connector = defineConnector<IngenicopaymentservicesCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { IngenicopaymentservicesCredentials } from './credentials.js';
export { verify };
