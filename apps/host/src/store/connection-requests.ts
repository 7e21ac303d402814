import type { Queryable } from '../db/database.js';
import { newId } from '../crypto/tokens.js';
import { type Actor, nowIso } from './actor.js';

/** A merchant asking for a provider that cannot be connected yet. */
export interface ConnectionRequest {
  id: string;
  /** A listed provider's id, or null for an unlisted provider. */
  providerId: string | null;
  name: string | null;
  website: string | null;
  message: string | null;
  createdBy: Actor;
  createdAt: string;
}

interface RequestRow {
  id: string;
  provider_id: string | null;
  name: string | null;
  website: string | null;
  message: string | null;
  created_by_type: string;
  created_by: string;
  created_at: string;
}

const toRequest = (row: RequestRow): ConnectionRequest => ({
  id: row.id,
  providerId: row.provider_id,
  name: row.name,
  website: row.website,
  message: row.message,
  createdBy: { type: row.created_by_type === 'api_key' ? 'api_key' : 'user', id: row.created_by },
  createdAt: row.created_at,
});

/** Stores a request. */
export async function insertConnectionRequest(
  db: Queryable,
  orgId: string,
  input: { providerId: string | null; name: string | null; website: string | null; message: string | null },
  by: Actor,
): Promise<ConnectionRequest> {
  const request: ConnectionRequest = { id: newId('req'), ...input, createdBy: by, createdAt: nowIso() };
  await db.run(
    'INSERT INTO connection_requests (id, org_id, provider_id, name, website, message, created_by_type, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      request.id,
      orgId,
      input.providerId,
      input.name,
      input.website,
      input.message,
      by.type,
      by.id,
      request.createdAt,
    ],
  );
  return request;
}

/** The organisation's requests, newest first. */
export async function listConnectionRequests(db: Queryable, orgId: string): Promise<ConnectionRequest[]> {
  const rows = await db.all<RequestRow>(
    'SELECT * FROM connection_requests WHERE org_id = ? ORDER BY created_at DESC, id',
    [orgId],
  );
  return rows.map(toRequest);
}

/** Demand for one listed provider, or one unlisted name. */
export interface DemandRow {
  providerId: string | null;
  /** Lower-cased name, for unlisted providers. */
  name: string | null;
  requests: number;
  organisations: number;
  lastRequestedAt: string;
}

/** Requests counted per listed provider and per unlisted provider name, most wanted first. */
export async function connectionRequestDemand(db: Queryable): Promise<DemandRow[]> {
  const rows = await db.all<{
    provider_id: string | null;
    name: string | null;
    requests: number;
    organisations: number;
    last_at: string;
  }>(
    `SELECT provider_id, CASE WHEN provider_id IS NULL THEN LOWER(TRIM(name)) END AS name,
       CAST(COUNT(*) AS INTEGER) AS requests, CAST(COUNT(DISTINCT org_id) AS INTEGER) AS organisations,
       MAX(created_at) AS last_at
     FROM connection_requests
     GROUP BY provider_id, CASE WHEN provider_id IS NULL THEN LOWER(TRIM(name)) END
     ORDER BY organisations DESC, requests DESC, last_at DESC`,
  );
  return rows.map((row) => ({
    providerId: row.provider_id,
    name: row.name,
    requests: Number(row.requests),
    organisations: Number(row.organisations),
    lastRequestedAt: row.last_at,
  }));
}
