import { defineConnector } from '@paycore/core';
import type { PaystackCredentials } from './credentials.js';
import { discover } from './discover.js';
import { manifest } from './manifest.js';
import { verify } from './verify.js';

/** The Paystack connector: its manifest, verify hook and discover hook. */
const connector = defineConnector<PaystackCredentials>({ manifest, verify, discover });

export default connector;
export type { PaystackCredentials } from './credentials.js';
export { discover, verify };
