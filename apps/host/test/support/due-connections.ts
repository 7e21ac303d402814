import { seal } from '../../src/crypto/envelope.js';
import type { Keyring } from '../../src/crypto/keyring.js';
import { newId } from '../../src/crypto/tokens.js';
import type { Database } from '../../src/db/database.js';
import { type Actor, nowIso } from '../../src/store/actor.js';
import { type ConnectionRecord, insertConnection } from '../../src/store/connections.js';
import { insertOrganisation } from '../../src/store/organisations.js';
import { insertUser } from '../../src/store/users.js';

/** The API key of the i-th connection: unique, so a provider can count checks per connection. */
export function dueKey(i: number): string {
  return `key_Due${String(i).padStart(16, '0')}`;
}

/**
 * Stores `count` connections of the good fixture whose check is due now, through the store layer
 * (as connecting would, without a verify each): for tests of the scheduler at volume.
 */
export async function insertDueConnections(
  db: Database,
  keyring: Keyring,
  count: number,
  providerId = 'fx-good',
): Promise<{ orgId: string; ids: string[] }> {
  const user = await insertUser(db, `due-${newId('u')}@example.com`, 'not-a-hash');
  const org = await db.transaction((tx) => insertOrganisation(tx, 'Due checks', user.id));
  const by: Actor = { type: 'user', id: user.id };
  const now = nowIso();
  const ids: string[] = [];
  await db.transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const record: ConnectionRecord = {
        id: newId('conn'),
        orgId: org.id,
        providerId,
        environment: 'sandbox',
        endUser: null,
        label: `due ${i}`,
        publicFields: {},
        secretHints: { apiKey: '••••' },
        schemaVersion: 1,
        account: null,
        lastVerifiedAt: null,
        lastVerification: null,
        health: 'healthy',
        lastSuccessAt: null,
        nextCheckAt: now,
        checkFailures: 0,
        services: null,
        createdBy: by,
        createdAt: now,
        updatedBy: by,
        updatedAt: now,
      };
      const binding = { orgId: org.id, connectionId: record.id, providerId };
      await insertConnection(tx, record, {
        keyId: keyring.current.id,
        envelope: seal(keyring, binding, { apiKey: dueKey(i) }),
      });
      ids.push(record.id);
    }
  });
  return { orgId: org.id, ids };
}
