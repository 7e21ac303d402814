import { defineConnector, readManifest } from '@paycore/core';
import type { AirwallexCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Airwallex connector: its manifest and verify hook. */
const connector = defineConnector<AirwallexCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { AirwallexCredentials } from './credentials.js';
export { verify };
