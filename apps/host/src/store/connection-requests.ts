import type { Queryable } from '../db/database.js';
import { newId } from '../crypto/tokens.js';
import { type Actor, nowIso } from './actor.js';

/** Where a request stands; a platform admin moves it, the merchant sees it. */
export const REQUEST_STATUSES = ['open', 'planned', 'available', 'declined'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A merchant asking for a provider that cannot be connected yet. */
export interface ConnectionRequest {
  id: string;
  /** A listed provider's id, or null for an unlisted provider. */
  providerId: string | null;
  name: string | null;
  website: string | null;
  message: string | null;
  status: RequestStatus;
  /** The platform's words to the merchant about the status, if any. */
  statusNote: string | null;
  statusChangedAt: string | null;
  createdBy: Actor;
  createdAt: string;
}

interface RequestRow {
  id: string;
  provider_id: string | null;
  name: string | null;
  website: string | null;
  message: string | null;
  status: string;
  status_note: string | null;
  status_changed_at: string | null;
  created_by_type: string;
  created_by: string;
  created_at: string;
}

function isStatus(value: string): value is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(value);
}

const toRequest = (row: RequestRow): ConnectionRequest => ({
  id: row.id,
  providerId: row.provider_id,
  name: row.name,
  website: row.website,
  message: row.message,
  status: (REQUEST_STATUSES as readonly string[]).includes(row.status)
    ? (row.status as RequestStatus)
    : 'open',
  statusNote: row.status_note,
  statusChangedAt: row.status_changed_at,
  createdBy: { type: row.created_by_type === 'api_key' ? 'api_key' : 'user', id: row.created_by },
  createdAt: row.created_at,
});

/** What a request asks for: one listed provider, or one unlisted name (case and spaces aside). */
export function requestKey(target: { providerId: string } | { name: string }): string {
  return 'providerId' in target
    ? `provider:${target.providerId}`
    : `name:${target.name.trim().toLowerCase()}`;
}

/**
 * Stores a request, unless the organisation already asked for the same provider: then that
 * request is answered (`created: false`) and nothing changes.
 */
export async function insertConnectionRequest(
  db: Queryable,
  orgId: string,
  input: { providerId: string | null; name: string | null; website: string | null; message: string | null },
  by: Actor,
): Promise<{ request: ConnectionRequest; created: boolean }> {
  const key = requestKey(
    input.providerId !== null ? { providerId: input.providerId } : { name: input.name ?? '' },
  );
  const request = { id: newId('req'), createdAt: nowIso() };
  // A provider the platform has already answered for (planned, declined…) keeps that answer for
  // an organisation that asks later; `WHERE 1 = 1` lets SQLite read ON CONFLICT after a SELECT.
  const { changes } = await db.run(
    `INSERT INTO connection_requests (id, org_id, provider_id, name, website, message, request_key, created_by_type, created_by, created_at, status, status_note, status_changed_at)
     SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
       COALESCE((SELECT status FROM connection_requests WHERE request_key = ? AND status_changed_at IS NOT NULL ORDER BY status_changed_at DESC LIMIT 1), 'open'),
       (SELECT status_note FROM connection_requests WHERE request_key = ? AND status_changed_at IS NOT NULL ORDER BY status_changed_at DESC LIMIT 1),
       (SELECT status_changed_at FROM connection_requests WHERE request_key = ? AND status_changed_at IS NOT NULL ORDER BY status_changed_at DESC LIMIT 1)
     WHERE 1 = 1
     ON CONFLICT (org_id, request_key) DO NOTHING`,
    [
      request.id,
      orgId,
      input.providerId,
      input.name,
      input.website,
      input.message,
      key,
      by.type,
      by.id,
      request.createdAt,
      key,
      key,
      key,
    ],
  );
  if (changes > 0) {
    const stored = await db.get<RequestRow>('SELECT * FROM connection_requests WHERE id = ?', [request.id]);
    return { request: toRequest(stored!), created: true };
  }
  const existing = await db.get<RequestRow>(
    'SELECT * FROM connection_requests WHERE org_id = ? AND request_key = ?',
    [orgId, key],
  );
  return { request: toRequest(existing!), created: false };
}

/** The organisation's requests, newest first. */
export async function listConnectionRequests(db: Queryable, orgId: string): Promise<ConnectionRequest[]> {
  const rows = await db.all<RequestRow>(
    'SELECT * FROM connection_requests WHERE org_id = ? ORDER BY created_at DESC, id',
    [orgId],
  );
  return rows.map(toRequest);
}

/** Removes one of the organisation's requests; false when it has no such request. */
export async function deleteConnectionRequest(db: Queryable, orgId: string, id: string): Promise<boolean> {
  const { changes } = await db.run('DELETE FROM connection_requests WHERE org_id = ? AND id = ?', [
    orgId,
    id,
  ]);
  return changes > 0;
}

/** Sets the status of every organisation's request for one provider; answers how many changed. */
export async function setConnectionRequestStatus(
  db: Queryable,
  key: string,
  status: RequestStatus,
  note: string | null,
): Promise<number> {
  const { changes } = await db.run(
    'UPDATE connection_requests SET status = ?, status_note = ?, status_changed_at = ? WHERE request_key = ?',
    [status, note, nowIso(), key],
  );
  return changes;
}

/** Demand for one listed provider, or one unlisted name. */
export interface DemandRow {
  providerId: string | null;
  /** Lower-cased name, for unlisted providers. */
  name: string | null;
  requests: number;
  organisations: number;
  lastRequestedAt: string;
  /** The status the platform last set for it, `open` when none. */
  status: RequestStatus;
  statusNote: string | null;
}

/** Requests counted per listed provider and per unlisted provider name, most wanted first. */
export async function connectionRequestDemand(db: Queryable): Promise<DemandRow[]> {
  const rows = await db.all<{
    provider_id: string | null;
    name: string | null;
    requests: number;
    organisations: number;
    last_at: string;
    request_key: string;
  }>(
    `SELECT provider_id, CASE WHEN provider_id IS NULL THEN LOWER(TRIM(name)) END AS name, request_key,
       CAST(COUNT(*) AS INTEGER) AS requests, CAST(COUNT(DISTINCT org_id) AS INTEGER) AS organisations,
       MAX(created_at) AS last_at
     FROM connection_requests
     GROUP BY provider_id, CASE WHEN provider_id IS NULL THEN LOWER(TRIM(name)) END, request_key
     ORDER BY organisations DESC, requests DESC, last_at DESC`,
  );
  const answered = await db.all<{ request_key: string; status: string; status_note: string | null }>(
    `SELECT request_key, status, status_note FROM connection_requests
     WHERE status_changed_at IS NOT NULL ORDER BY status_changed_at`,
  );
  // Later answers overwrite earlier ones: the last status set for each provider.
  const statusOf = new Map(answered.map((row) => [row.request_key, row]));
  return rows.map((row) => {
    const answer = statusOf.get(row.request_key);
    return {
      providerId: row.provider_id,
      name: row.name,
      requests: Number(row.requests),
      organisations: Number(row.organisations),
      lastRequestedAt: row.last_at,
      status: answer && isStatus(answer.status) ? answer.status : 'open',
      statusNote: answer?.status_note ?? null,
    };
  });
}
