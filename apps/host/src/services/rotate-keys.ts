import { open, seal } from '../crypto/envelope.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Database } from '../db/database.js';
import { listEnvelopes, replaceEnvelope } from '../store/connections.js';

/** What a rotation did. */
export interface RotationReport {
  rotated: number;
  current: number;
  /** Connection ids whose credentials no configured key decrypts. */
  failed: string[];
}

/**
 * Re-encrypts every envelope not sealed with the keyring's current key. Each row is replaced only
 * if it is unchanged since it was read, so a host running alongside never loses an update.
 */
export async function rotateKeys(db: Database, keyring: Keyring): Promise<RotationReport> {
  const report: RotationReport = { rotated: 0, current: 0, failed: [] };
  for (const row of await listEnvelopes(db)) {
    if (row.keyId === keyring.current.id) {
      report.current++;
      continue;
    }
    const binding = { orgId: row.orgId, connectionId: row.connectionId, providerId: row.providerId };
    let plain: unknown;
    try {
      plain = open(keyring, binding, row.envelope);
    } catch {
      report.failed.push(row.connectionId);
      continue;
    }
    const envelope = seal(keyring, binding, plain);
    if (await replaceEnvelope(db, row.connectionId, row.envelope, { keyId: keyring.current.id, envelope })) {
      report.rotated++;
    }
  }
  return report;
}
