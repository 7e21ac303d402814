import { defineConnector, readManifest } from '@paycore/core';
import type { MercadoPagoCredentials } from './credentials.js';
import { verify } from './verify.js';

/** The Mercado Pago connector: its manifest and verify hook. */
const connector = defineConnector<MercadoPagoCredentials>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { MercadoPagoCredentials } from './credentials.js';
export { verify };
