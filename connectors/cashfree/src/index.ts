import { defineConnector, readManifest } from '@paycore/core';
import type { CashfreeCredentials } from './credentials.js';
import { discover } from './discover.js';
import { verify } from './verify.js';

/** The Cashfree Payments connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<CashfreeCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
  discover,
});

export default connector;
export type { CashfreeCredentials } from './credentials.js';
export { discover, verify };
