import { defineConnector, readManifest } from '@paycore/core';
import type { PayuEuropeCredentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The PayU GPO Europe connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<PayuEuropeCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { PayuEuropeCredentials } from './credentials.js';
export { discover, verify };
