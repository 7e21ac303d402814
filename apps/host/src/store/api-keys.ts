import { isRole, type KeyRole } from '../access/roles.js';
import type { Queryable } from '../db/database.js';
import { hashToken, newApiKey, newId } from '../crypto/tokens.js';
import { nowIso } from './actor.js';

/** An organisation API key as listed (never the key itself). */
export interface ApiKey {
  id: string;
  name: string;
  /** The key's last four characters, to recognise it. */
  hint: string;
  /** What the key may do (the permission matrix); never more than its creator's role. */
  role: KeyRole;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
}

interface ApiKeyRow {
  id: string;
  org_id: string;
  name: string;
  hint: string;
  role: string;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
}

const toKey = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  hint: row.hint,
  role: keyRole(row.role),
  createdBy: row.created_by,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});

// A role this host does not know (a newer host's) grants the least, not the most.
const keyRole = (role: string): KeyRole => (isRole(role) && role !== 'owner' ? role : 'viewer');

/** Creates a key; the plain key is returned here and nowhere else. */
export async function createApiKey(
  db: Queryable,
  orgId: string,
  name: string,
  role: KeyRole,
  createdBy: string,
): Promise<{ apiKey: ApiKey; key: string }> {
  const key = newApiKey();
  const apiKey: ApiKey = {
    id: newId('key'),
    name,
    hint: `…${key.slice(-4)}`,
    role,
    createdBy,
    createdAt: nowIso(),
    lastUsedAt: null,
  };
  await db.run(
    'INSERT INTO api_keys (id, org_id, name, key_hash, hint, role, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [apiKey.id, orgId, name, hashToken(key), apiKey.hint, role, createdBy, apiKey.createdAt],
  );
  return { apiKey, key };
}

/** The organisation's keys that are not revoked, newest first. */
export async function listApiKeys(db: Queryable, orgId: string): Promise<ApiKey[]> {
  const rows = await db.all<ApiKeyRow>(
    'SELECT * FROM api_keys WHERE org_id = ? AND revoked_at IS NULL ORDER BY created_at DESC, id',
    [orgId],
  );
  return rows.map(toKey);
}

/** One live key of the organisation. */
export async function getApiKey(db: Queryable, orgId: string, keyId: string): Promise<ApiKey | undefined> {
  const row = await db.get<ApiKeyRow>(
    'SELECT * FROM api_keys WHERE id = ? AND org_id = ? AND revoked_at IS NULL',
    [keyId, orgId],
  );
  return row && toKey(row);
}

/** Revokes a key; false when the organisation has no such live key. */
export async function revokeApiKey(db: Queryable, orgId: string, keyId: string): Promise<boolean> {
  const { changes } = await db.run(
    'UPDATE api_keys SET revoked_at = ? WHERE id = ? AND org_id = ? AND revoked_at IS NULL',
    [nowIso(), keyId, orgId],
  );
  return changes > 0;
}

const TOUCH_EVERY_MS = 60_000;

/** The live key with this value, its organisation, name and role; records its use at most once a minute. */
export async function findApiKey(
  db: Queryable,
  key: string,
): Promise<{ id: string; orgId: string; name: string; role: KeyRole } | undefined> {
  const row = await db.get<ApiKeyRow>('SELECT * FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL', [
    hashToken(key),
  ]);
  if (!row) return undefined;
  const now = Date.now();
  if (row.last_used_at === null || Date.parse(row.last_used_at) < now - TOUCH_EVERY_MS) {
    await db.run('UPDATE api_keys SET last_used_at = ? WHERE id = ?', [new Date(now).toISOString(), row.id]);
  }
  return { id: row.id, orgId: row.org_id, name: row.name, role: keyRole(row.role) };
}
