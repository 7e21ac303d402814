import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENGINES,
  POSTGRES_SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
  testDatabase,
} from '../../test/support/databases.js';
import { createKeyring } from '../crypto/keyring.js';
import { open, seal } from '../crypto/envelope.js';
import { rotateKeys } from '../services/rotate-keys.js';
import type { Actor } from '../store/actor.js';
import { createApiKey, findApiKey, listApiKeys, revokeApiKey } from '../store/api-keys.js';
import {
  connectionRequestDemand,
  deleteConnectionRequest,
  insertConnectionRequest,
  listConnectionRequests,
  requestKey,
  setConnectionRequestStatus,
} from '../store/connection-requests.js';
import {
  type ConnectionRecord,
  changeConnection,
  deleteConnection,
  getConnection,
  insertConnection,
  storeNewConnection,
  listConnections,
  readCredentials,
} from '../store/connections.js';
import { listEvents } from '../store/events.js';
import {
  insertOrganisation,
  listMemberships,
  membershipRole,
  updateOrganisation,
} from '../store/organisations.js';
import { createSession, deleteSession, findSession } from '../store/sessions.js';
import { findUserByEmail, insertUser } from '../store/users.js';
import { type Database, isUniqueViolation } from './database.js';
import { migrate } from './migrate.js';
import { openDatabase } from './open.js';

if (!TEST_DATABASE_URL) console.info(POSTGRES_SKIP_REASON);

const keyring = createKeyring([{ id: 'k1', key: Buffer.alloc(32, 1) }]);

function record(orgId: string, id: string, by: Actor): ConnectionRecord {
  const now = new Date().toISOString();
  return {
    id,
    orgId,
    providerId: 'stripe',
    environment: 'sandbox',
    label: 'main',
    endUser: null,
    publicFields: { publishableKey: 'pk_test_123' },
    secretHints: { secretKey: '••••abcd' },
    schemaVersion: 1,
    account: { livemode: false },
    lastVerifiedAt: now,
    services: null,
    lastVerification: { ok: true },
    health: 'healthy',
    lastSuccessAt: now,
    nextCheckAt: now,
    checkFailures: 0,
    createdBy: by,
    createdAt: now,
    updatedBy: by,
    updatedAt: now,
  };
}

describe.each(ENGINES)('persistence on %s', (engine) => {
  let test: TestDatabase;
  let db: Database;
  let userId: string;
  let orgId: string;
  let by: Actor;

  beforeAll(async () => {
    test = await testDatabase(engine);
    db = await openDatabase(test.config);
    const user = await insertUser(db, `owner-${engine}@example.com`, 'hash');
    userId = user.id;
    by = { type: 'user', id: userId };
    orgId = (await db.transaction((tx) => insertOrganisation(tx, 'Acme', userId))).id;
  });
  afterAll(async () => {
    await db?.close();
    await test?.drop();
  });

  it('runs migrations once; running them again changes nothing', async () => {
    expect(await migrate(db)).toEqual([]);
  });

  it('refuses a second user with the same e-mail as a unique violation', async () => {
    const error = await insertUser(db, `owner-${engine}@example.com`, 'x').catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect((await findUserByEmail(db, `owner-${engine}@example.com`))?.user.id).toBe(userId);
  });

  it('keeps organisations, memberships and settings', async () => {
    expect(await membershipRole(db, orgId, userId)).toBe('owner');
    expect(await membershipRole(db, orgId, 'usr_other')).toBeUndefined();
    const updated = await updateOrganisation(db, orgId, {
      defaultCurrency: 'EUR',
      enabledCurrencies: ['EUR', 'USD'],
    });
    expect(updated?.enabledCurrencies).toEqual(['EUR', 'USD']);
    expect((await listMemberships(db, userId)).map((m) => m.defaultCurrency)).toEqual(['EUR']);
  });

  it('rolls a failed transaction back entirely', async () => {
    await expect(
      db.transaction(async (tx) => {
        await insertOrganisation(tx, 'Half', userId);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect((await listMemberships(db, userId)).map((m) => m.name)).not.toContain('Half');
  });

  it('stores sessions by hash and forgets them on logout', async () => {
    const { token } = await createSession(db, userId, orgId);
    const session = await findSession(db, token);
    expect(session?.user.id).toBe(userId);
    expect(session?.tokenHash).not.toBe(token);
    await deleteSession(db, session!.tokenHash);
    expect(await findSession(db, token)).toBeUndefined();
  });

  it('stores API keys hashed; revoked keys stop working', async () => {
    const { apiKey, key } = await createApiKey(db, orgId, 'ci', 'viewer', userId);
    expect(await findApiKey(db, key)).toEqual({ id: apiKey.id, orgId, name: 'ci', role: 'viewer' });
    expect(JSON.stringify(await listApiKeys(db, orgId))).not.toContain(key);
    expect(await revokeApiKey(db, orgId, apiKey.id)).toBe(true);
    expect(await findApiKey(db, key)).toBeUndefined();
    expect(await revokeApiKey(db, orgId, apiKey.id)).toBe(false);
  });

  it('writes a connection, its envelope and its event together, and deletes the secret for good', async () => {
    const conn = record(orgId, `conn_${engine}_1`, by);
    const binding = { orgId, connectionId: conn.id, providerId: 'stripe' };
    const envelope = seal(keyring, binding, { secretKey: 'sk_test_secret_value_abcd' });
    await storeNewConnection(db, conn, { keyId: 'k1', envelope });
    expect((await listConnections(db, orgId)).map((c) => c.id)).toContain(conn.id);
    // Stored once only: a second attempt with the same id changes nothing.
    await expect(storeNewConnection(db, conn, { keyId: 'k1', envelope: 'other' })).rejects.toThrow();
    expect((await readCredentials(db, conn.id))?.envelope).toBe(envelope);
    const stored = await readCredentials(db, conn.id);
    expect(open(keyring, binding, stored!.envelope)).toEqual({ secretKey: 'sk_test_secret_value_abcd' });

    await db.transaction((tx) =>
      changeConnection(
        tx,
        conn,
        {
          verification: {
            result: { ok: false, reason: 'timeout', message: 'slow' },
            account: null,
            at: new Date().toISOString(),
          },
        },
        by,
      ),
    );
    await db.transaction((tx) => changeConnection(tx, conn, { label: 'renamed' }, by));
    expect((await getConnection(db, orgId, conn.id))?.label).toBe('renamed');
    await db.transaction((tx) => deleteConnection(tx, conn, by));
    expect(await getConnection(db, orgId, conn.id)).toBeUndefined();
    expect(await readCredentials(db, conn.id)).toBeUndefined();
    const events = await listEvents(db, conn.id);
    expect(events.map((e) => e.type)).toEqual(['created', 'verified', 'updated', 'deleted']);
    expect(events[1]).toMatchObject({ ok: false, reason: 'timeout', actor: by });
  });

  it('leaves no connection row behind when the envelope insert fails', async () => {
    const conn = record(orgId, `conn_${engine}_2`, by);
    await expect(
      db.transaction(async (tx) => {
        await insertConnection(tx, conn, { keyId: 'k1', envelope: 'x' });
        await tx.run(
          'INSERT INTO connection_credentials (connection_id, key_id, envelope, updated_at) VALUES (?, ?, ?, ?)',
          [conn.id, 'k1', 'duplicate', 'now'],
        );
      }),
    ).rejects.toThrow();
    expect(await getConnection(db, orgId, conn.id)).toBeUndefined();
    expect(await listEvents(db, conn.id)).toEqual([]);
  });

  it('re-encrypts every envelope under the newest key', async () => {
    const conn = record(orgId, `conn_${engine}_3`, by);
    const binding = { orgId, connectionId: conn.id, providerId: 'stripe' };
    await db.transaction((tx) =>
      insertConnection(tx, conn, { keyId: 'k1', envelope: seal(keyring, binding, { secretKey: 's' }) }),
    );
    const next = createKeyring([
      { id: 'k2', key: Buffer.alloc(32, 2) },
      { id: 'k1', key: Buffer.alloc(32, 1) },
    ]);
    const report = await rotateKeys(db, next);
    expect(report.rotated).toBeGreaterThanOrEqual(1);
    expect(report.failed).toEqual([]);
    const stored = await readCredentials(db, conn.id);
    expect(stored?.keyId).toBe('k2');
    expect(open(createKeyring([{ id: 'k2', key: Buffer.alloc(32, 2) }]), binding, stored!.envelope)).toEqual({
      secretKey: 's',
    });
    expect((await rotateKeys(db, next)).rotated).toBe(0);
  });

  it('keeps one request per provider and name per organisation, and sums demand', async () => {
    const first = await insertConnectionRequest(
      db,
      orgId,
      { providerId: 'fondy', name: 'Fondy', website: null, message: null },
      by,
    );
    const again = await insertConnectionRequest(
      db,
      orgId,
      { providerId: 'fondy', name: 'Fondy', website: null, message: 'again' },
      by,
    );
    expect(first.created).toBe(true);
    expect(again).toEqual({ request: first.request, created: false });
    await insertConnectionRequest(
      db,
      orgId,
      { providerId: null, name: 'Acme Pay ', website: null, message: 'please' },
      by,
    );
    const repeat = await insertConnectionRequest(
      db,
      orgId,
      { providerId: null, name: 'acme pay', website: null, message: null },
      by,
    );
    expect(repeat.created).toBe(false);
    expect(repeat.request.message).toBe('please');
    const demand = await connectionRequestDemand(db);
    expect(demand).toContainEqual(
      expect.objectContaining({ providerId: 'fondy', requests: 1, organisations: 1 }),
    );
    expect(demand).toContainEqual(
      expect.objectContaining({ providerId: null, name: 'acme pay', requests: 1 }),
    );
    expect(await setConnectionRequestStatus(db, requestKey({ providerId: 'fondy' }), 'planned', null)).toBe(
      1,
    );
    const [listed] = (await listConnectionRequests(db, orgId)).filter((r) => r.providerId === 'fondy');
    expect(listed).toMatchObject({ status: 'planned', statusChangedAt: expect.any(String) });
    expect(await deleteConnectionRequest(db, orgId, listed!.id)).toBe(true);
    expect(await deleteConnectionRequest(db, orgId, listed!.id)).toBe(false);
  });
});
