import type { Environment } from '@paycore/core';

/** What a Checkout.com key's format says about it. */
export interface KeyKind {
  environment: Environment;
  /** `current` for the Unified Payments API (NAS) keys, `previous` for the older platform's keys. */
  platform: 'current' | 'previous';
}

// The formats the official Node SDK recognises (checkout-sdk-node src/config.js). Sandbox NAS keys
// carry `sbox_`; on the previous platform, sandbox keys carry `test_` and every key is UUID-shaped.
const NAS = /^[sp]k_(sbox_)?[a-z2-7]{26}[a-z2-7*#$=]$/;
const PREVIOUS = /^[sp]k_(test_)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the environment and platform from a secret (`sk_…`) or public (`pk_…`) key of that type. */
export function keyKind(key: string, type: 'sk' | 'pk'): KeyKind | undefined {
  if (!key.startsWith(`${type}_`)) return undefined;
  const nas = NAS.exec(key);
  if (nas) return { environment: nas[1] ? 'sandbox' : 'live', platform: 'current' };
  const previous = PREVIOUS.exec(key);
  if (previous) return { environment: previous[1] ? 'sandbox' : 'live', platform: 'previous' };
  return undefined;
}
