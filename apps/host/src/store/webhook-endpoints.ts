import type { Queryable } from '../db/database.js';
import { nowIso, parseJson } from './actor.js';

/** An organisation's webhook endpoint as listed (never its secret). */
export interface WebhookEndpoint {
  id: string;
  orgId: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  /** Why PayCore disabled it, when it did. */
  disabledReason: string | null;
  /** The first failure of the current run of failures; null after a success. */
  failingSince: string | null;
  /** Until when the secret before the last rotation still signs too. */
  previousSecretUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An endpoint's sealed signing secrets. */
export interface SealedSecrets {
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: string | null;
}

interface EndpointRow {
  id: string;
  org_id: string;
  url: string;
  events: string;
  description: string | null;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: string | null;
  enabled: number | boolean;
  disabled_reason: string | null;
  failing_since: string | null;
  created_at: string;
  updated_at: string;
}

const toEndpoint = (row: EndpointRow): WebhookEndpoint => ({
  id: row.id,
  orgId: row.org_id,
  url: row.url,
  events: parseJson<string[]>(row.events, []),
  description: row.description,
  enabled: Boolean(Number(row.enabled)),
  disabledReason: row.disabled_reason,
  failingSince: row.failing_since,
  previousSecretUntil: row.previous_secret_until,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Stores a new endpoint with its sealed secret. */
export async function insertEndpoint(
  db: Queryable,
  endpoint: WebhookEndpoint,
  secret: string,
): Promise<void> {
  await db.run(
    `INSERT INTO webhook_endpoints (id, org_id, url, events, description, secret, enabled, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      endpoint.id,
      endpoint.orgId,
      endpoint.url,
      JSON.stringify(endpoint.events),
      endpoint.description,
      secret,
      endpoint.enabled,
      endpoint.createdAt,
      endpoint.updatedAt,
    ],
  );
}

/** The organisation's endpoints, oldest first. */
export async function listEndpoints(db: Queryable, orgId: string): Promise<WebhookEndpoint[]> {
  const rows = await db.all<EndpointRow>(
    'SELECT * FROM webhook_endpoints WHERE org_id = ? ORDER BY created_at, id',
    [orgId],
  );
  return rows.map(toEndpoint);
}

/** One of the organisation's endpoints. */
export async function getEndpoint(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<WebhookEndpoint | undefined> {
  const row = await db.get<EndpointRow>('SELECT * FROM webhook_endpoints WHERE id = ? AND org_id = ?', [
    id,
    orgId,
  ]);
  return row && toEndpoint(row);
}

/** What a change to an endpoint may set. */
export interface EndpointPatch {
  url?: string;
  events?: string[];
  description?: string | null;
  enabled?: boolean;
}

/** Applies a change; enabling an endpoint forgets why it was disabled and its failures. */
export async function updateEndpoint(
  db: Queryable,
  orgId: string,
  id: string,
  patch: EndpointPatch,
): Promise<WebhookEndpoint | undefined> {
  const sets = ['updated_at = ?'];
  const params: unknown[] = [nowIso()];
  const set = (column: string, value: unknown) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (patch.url !== undefined) set('url', patch.url);
  if (patch.events !== undefined) set('events', JSON.stringify(patch.events));
  if (patch.description !== undefined) set('description', patch.description);
  if (patch.enabled !== undefined) set('enabled', patch.enabled);
  if (patch.enabled === true) sets.push('disabled_reason = NULL', 'failing_since = NULL');
  await db.run(`UPDATE webhook_endpoints SET ${sets.join(', ')} WHERE id = ? AND org_id = ?`, [
    ...params,
    id,
    orgId,
  ]);
  return getEndpoint(db, orgId, id);
}

/** Deletes an endpoint with its deliveries and their log. */
export async function deleteEndpoint(db: Queryable, orgId: string, id: string): Promise<boolean> {
  const { changes } = await db.run('DELETE FROM webhook_endpoints WHERE id = ? AND org_id = ?', [id, orgId]);
  return changes > 0;
}

/** An endpoint's sealed secrets. */
export async function readSecrets(db: Queryable, id: string): Promise<SealedSecrets | undefined> {
  const row = await db.get<EndpointRow>(
    'SELECT secret, previous_secret, previous_secret_until FROM webhook_endpoints WHERE id = ?',
    [id],
  );
  return (
    row && {
      secret: row.secret,
      previousSecret: row.previous_secret,
      previousSecretUntil: row.previous_secret_until,
    }
  );
}

/** Replaces the secrets (rotation, or re-sealing under a new master key) if they are still `current`. */
export async function replaceSecrets(
  db: Queryable,
  id: string,
  current: string,
  next: SealedSecrets,
): Promise<boolean> {
  const { changes } = await db.run(
    `UPDATE webhook_endpoints SET secret = ?, previous_secret = ?, previous_secret_until = ?, updated_at = ?
     WHERE id = ? AND secret = ?`,
    [next.secret, next.previousSecret, next.previousSecretUntil, nowIso(), id, current],
  );
  return changes > 0;
}

/** Every endpoint's sealed secrets with what binds them, for key rotation. */
export async function listSealedSecrets(
  db: Queryable,
): Promise<({ id: string; orgId: string } & SealedSecrets)[]> {
  const rows = await db.all<EndpointRow>(
    'SELECT id, org_id, secret, previous_secret, previous_secret_until FROM webhook_endpoints ORDER BY id',
  );
  return rows.map((row) => ({
    id: row.id,
    orgId: row.org_id,
    secret: row.secret,
    previousSecret: row.previous_secret,
    previousSecretUntil: row.previous_secret_until,
  }));
}

/**
 * Notes the outcome of a delivery attempt on its endpoint. A success ends a run of failures; a
 * failure starts one, and an endpoint that has failed for the whole retry window is disabled.
 * Returns true when this failure disabled it.
 */
export async function noteEndpointOutcome(
  tx: Queryable,
  id: string,
  ok: boolean,
  now: string,
  disableIfFailingSince: string,
): Promise<boolean> {
  if (ok) {
    await tx.run(
      'UPDATE webhook_endpoints SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL',
      [id],
    );
    return false;
  }
  await tx.run('UPDATE webhook_endpoints SET failing_since = ? WHERE id = ? AND failing_since IS NULL', [
    now,
    id,
  ]);
  const { changes } = await tx.run(
    `UPDATE webhook_endpoints SET enabled = ?, disabled_reason = ?, updated_at = ?
     WHERE id = ? AND enabled = ? AND failing_since <= ?`,
    [false, 'Every delivery failed for the whole retry window', now, id, true, disableIfFailingSince],
  );
  return changes > 0;
}
