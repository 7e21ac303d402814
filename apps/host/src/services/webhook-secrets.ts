import { randomBytes } from 'node:crypto';
import { type EnvelopeBinding, envelopeKeyId, open, seal } from '../crypto/envelope.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Queryable } from '../db/database.js';
import { listSealedSecrets, replaceSecrets, type SealedSecrets } from '../store/webhook-endpoints.js';
import type { RotationReport } from './rotate-keys.js';

/** How long the secret before a rotation still signs, so receivers can switch without losing events. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 3_600_000;

/** A new signing secret: shown once, stored sealed like credentials. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

// The endpoint takes the connection's place in the additional data, so a sealed secret moved to
// another endpoint or organisation does not open.
function binding(orgId: string, endpointId: string): EnvelopeBinding {
  return { orgId, connectionId: endpointId, providerId: 'webhook-endpoint' };
}

/** Seals a signing secret under the keyring's current key. */
export function sealSecret(keyring: Keyring, orgId: string, endpointId: string, secret: string): string {
  return seal(keyring, binding(orgId, endpointId), secret);
}

/** Opens a sealed signing secret. */
export function openSecret(keyring: Keyring, orgId: string, endpointId: string, sealed: string): string {
  return open<string>(keyring, binding(orgId, endpointId), sealed);
}

/** The secrets that sign now: the current one, and the previous one during its grace period. */
export function signingSecrets(
  keyring: Keyring,
  orgId: string,
  endpointId: string,
  sealed: SealedSecrets,
  now: Date,
): string[] {
  const secrets = [openSecret(keyring, orgId, endpointId, sealed.secret)];
  if (
    sealed.previousSecret &&
    sealed.previousSecretUntil &&
    Date.parse(sealed.previousSecretUntil) > now.getTime()
  )
    secrets.push(openSecret(keyring, orgId, endpointId, sealed.previousSecret));
  return secrets;
}

/**
 * Re-seals every endpoint's signing secrets not sealed with the keyring's current key, as
 * `rotateKeys` does for credentials; `failed` lists endpoint ids no configured key opens.
 */
export async function rotateWebhookSecrets(db: Queryable, keyring: Keyring): Promise<RotationReport> {
  const report: RotationReport = { rotated: 0, current: 0, failed: [] };
  const current = (sealed: string | null) => sealed === null || envelopeKeyId(sealed) === keyring.current.id;
  for (const row of await listSealedSecrets(db)) {
    if (current(row.secret) && current(row.previousSecret)) {
      report.current++;
      continue;
    }
    const reseal = (sealed: string) =>
      sealSecret(keyring, row.orgId, row.id, openSecret(keyring, row.orgId, row.id, sealed));
    let next: SealedSecrets;
    try {
      next = {
        secret: reseal(row.secret),
        previousSecret: row.previousSecret === null ? null : reseal(row.previousSecret),
        previousSecretUntil: row.previousSecretUntil,
      };
    } catch {
      report.failed.push(row.id);
      continue;
    }
    if (await replaceSecrets(db, row.id, row.secret, next)) report.rotated++;
  }
  return report;
}
