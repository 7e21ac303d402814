import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../test/support/databases.js';
import { createKeyring } from '../crypto/keyring.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { insertOrganisation } from '../store/organisations.js';
import { readSecrets } from '../store/webhook-endpoints.js';
import { insertUser } from '../store/users.js';
import { createEndpoint, rotateSecret } from './webhooks.js';
import { rotateWebhookSecrets, signingSecrets } from './webhook-secrets.js';

const oldKey = { id: 'k1', key: Buffer.alloc(32, 1) };
const newKey = { id: 'k2', key: Buffer.alloc(32, 2) };

describe('webhook signing secrets at rest', () => {
  const test = sqliteDatabase();
  let db: Database;
  let orgId: string;
  beforeAll(async () => {
    db = await openDatabase(test.config);
    const user = await insertUser(db, 'secrets@example.com', 'x');
    orgId = (await db.transaction((tx) => insertOrganisation(tx, 'Acme', user.id))).id;
  });
  afterAll(async () => {
    await db.close();
    await test.drop();
  });

  it('are sealed, move to a new master key with rotate-keys, and still sign', async () => {
    const before = createKeyring([oldKey]);
    const deps = { db, keyring: before, allowPrivate: false };
    const { endpoint, secret: first } = await createEndpoint(deps, orgId, {
      url: 'https://hooks.example.com/x',
      events: ['connection.created'],
    });
    const { secret: second } = await rotateSecret(deps, orgId, endpoint.id);
    const stored = await readSecrets(db, endpoint.id);
    expect(JSON.stringify(stored)).not.toContain(first);
    expect(JSON.stringify(stored)).not.toContain(second);

    const after = createKeyring([newKey, oldKey]);
    expect(await rotateWebhookSecrets(db, after)).toEqual({ rotated: 1, current: 0, failed: [] });
    expect(await rotateWebhookSecrets(db, after)).toEqual({ rotated: 0, current: 1, failed: [] });
    const onlyNew = createKeyring([newKey]);
    const resealed = (await readSecrets(db, endpoint.id))!;
    expect(signingSecrets(onlyNew, orgId, endpoint.id, resealed, new Date())).toEqual([second, first]);
    // The old secret stops signing when its day is over.
    expect(
      signingSecrets(onlyNew, orgId, endpoint.id, resealed, new Date(Date.now() + 25 * 3_600_000)),
    ).toEqual([second]);
  });
});
