import {
  type Credentials,
  isPaycoreError,
  secretFieldNames,
  secretValues,
  type VerifyOutcome,
} from '@paycore/core';
import { seal } from '../crypto/envelope.js';
import { notFound } from '../http/errors.js';
import { type Actor, nowIso } from '../store/actor.js';
import type { EndUser } from '../store/connect-sessions.js';
import type { ConnectionChange, ConnectionRecord } from '../store/connections.js';
import type { EventChange } from '../store/events.js';
import {
  binding,
  type ConnectionDeps,
  lastVerification,
  type OperationContext,
  splitCredentials,
  storedCredentials,
  discoverWith,
  readyProvider,
  verifyWith,
} from './connections.js';
import {
  accountOf,
  applyToggles,
  type ConnectionServices,
  describeServiceChanges,
  reconcileServices,
  type ServiceToggle,
} from './connection-services.js';
import type { AuditContext, AuditRecord } from '../store/audit.js';
import { healthAfterVerify, saveChange } from './change-events.js';
import { verdictOf } from './health.js';
import { verifyFailureError } from './verify.js';

/** Verifies the stored credentials again and records the outcome (health, account, events). */
export async function reverifyConnection(
  deps: ConnectionDeps,
  record: ConnectionRecord,
  by: Actor,
  ctx: OperationContext,
): Promise<{ record: ConnectionRecord; result: VerifyOutcome }> {
  const credentials = await storedCredentials(deps, record);
  const entry = deps.registry.get(record.providerId);
  let result: VerifyOutcome;
  if (entry?.status !== 'ready' || !entry.credentials) {
    result = {
      ok: false,
      reason: 'misconfigured',
      message: `${record.providerId} can no longer be connected`,
      retryable: false,
    };
  } else {
    ctx.markSecrets(secretValues(entry.credentials.schema, credentials));
    result = await verifyWith(deps, entry, { environment: record.environment, credentials }, ctx).catch(
      (error: unknown): VerifyOutcome => {
        if (!isPaycoreError(error, 'credentials_invalid')) throw error;
        return {
          ok: false,
          reason: 'invalid_credentials',
          message: `The stored credentials do not match the current ${entry.name} form; enter them again`,
          retryable: false,
        };
      },
    );
  }
  // The account is read again with every successful verify: a method removed at the provider
  // shows as an unavailable service, with an event that says so.
  const services =
    result.ok && entry
      ? await discoverWith(
          deps,
          entry,
          { environment: record.environment, credentials },
          ctx,
          record.services,
        )
      : undefined;
  const at = nowIso();
  const verdict = verdictOf(result);
  const health = await healthAfterVerify(deps, record, verdict, at);
  const { transition: _, ...state } = health;
  const change: ConnectionChange = {
    verification: {
      result: lastVerification(result),
      account: result.ok ? accountOf(result.account, services) : null,
      at,
    },
    ...(services ? { services, servicesChanges: describeServiceChanges(record.services, services) } : {}),
    health,
  };
  const audits: AuditRecord[] = ctx.audit
    ? [
        {
          context: ctx.audit,
          action: 'connection.verified',
          details: result.ok ? { ok: true } : { ok: false, reason: result.reason },
        },
      ]
    : [];
  const saved = await saveChange(deps, record, change, by, 'connection.verified', verdict, audits);
  if (!saved) throw notFound('The connection');
  const next: ConnectionRecord = {
    ...record,
    ...state,
    lastVerifiedAt: at,
    lastVerification: lastVerification(result),
    ...(result.ok ? { account: accountOf(result.account, services) } : {}),
    ...(services ? { services } : {}),
    updatedAt: at,
    updatedBy: by,
  };
  return { record: next, result };
}

/** A change to a connection: label and/or credentials (secrets left out keep their value). */
export interface ConnectionPatch {
  label?: string | null;
  credentials?: Record<string, unknown>;
  /** A reconnect through a connect session: verify even unchanged credentials, tag the end user. */
  reconnect?: { endUser: EndUser };
}

/**
 * Applies a change. New credentials are merged with the stored secrets the request left out,
 * validated against the current form, verified, and only then encrypted and saved.
 */
export async function updateConnection(
  deps: ConnectionDeps,
  record: ConnectionRecord,
  patch: ConnectionPatch,
  by: Actor,
  ctx: OperationContext,
): Promise<ConnectionRecord> {
  const change: ConnectionChange = {};
  const audits: AuditRecord[] = [];
  const changes: EventChange[] = [];
  if (patch.label !== undefined) {
    change.label = patch.label;
    if (patch.label !== record.label) changes.push({ field: 'label', from: record.label, to: patch.label });
  }
  if (patch.reconnect) change.endUser = patch.reconnect.endUser;
  if (ctx.audit && patch.label !== undefined && patch.label !== record.label)
    audits.push({
      context: ctx.audit,
      action: 'connection.label_changed',
      details: { from: record.label, to: patch.label },
    });
  let next: ConnectionRecord = {
    ...record,
    ...(patch.label !== undefined ? { label: patch.label } : {}),
    ...(patch.reconnect ? { endUser: patch.reconnect.endUser } : {}),
  };
  if (patch.credentials !== undefined) {
    const stored = await storedCredentials(deps, record);
    const entry = readyProvider(deps.registry, record.providerId);
    const { schema, version } = entry.credentials;
    const merged: Credentials = { ...patch.credentials };
    for (const name of secretFieldNames(schema))
      if (!(name in merged) && name in stored) merged[name] = stored[name];
    ctx.markSecrets(Object.values(stored).filter((v): v is string => typeof v === 'string'));
    ctx.markSecrets(secretValues(schema, merged));
    if (
      patch.reconnect ||
      JSON.stringify(sorted(merged)) !== JSON.stringify(sorted(stored)) ||
      record.schemaVersion < version
    ) {
      const result = await verifyWith(
        deps,
        entry,
        { environment: record.environment, credentials: merged },
        ctx,
      );
      if (!result.ok) throw verifyFailureError(result);
      // Names only, never values: the fields whose value is not the stored one.
      const fields = [...new Set([...Object.keys(merged), ...Object.keys(stored)])]
        .filter((name) => JSON.stringify(merged[name]) !== JSON.stringify(stored[name]))
        .sort();
      if (ctx.audit)
        audits.push({ context: ctx.audit, action: 'connection.credentials_replaced', details: { fields } });
      const services = await discoverWith(
        deps,
        entry,
        { environment: record.environment, credentials: merged },
        ctx,
        record.services,
      );
      const at = nowIso();
      const parts = splitCredentials(schema, merged);
      // Which fields got a new value: names only, for the history.
      const replaced = Object.keys(schema.properties ?? {}).filter(
        (name) => JSON.stringify(merged[name]) !== JSON.stringify(stored[name]),
      );
      if (replaced.length > 0) changes.push({ field: 'credentials', replaced });
      const health = await healthAfterVerify(deps, record, { ok: true }, at);
      const { transition: _, ...state } = health;
      Object.assign(change, parts, {
        schemaVersion: version,
        credentials: {
          keyId: deps.keyring.current.id,
          envelope: seal(deps.keyring, binding(record), merged),
        },
        verification: { result: { ok: true }, account: accountOf(result.account, services), at },
        services,
        servicesChanges: describeServiceChanges(record.services, services),
        health,
      });
      next = {
        ...next,
        ...parts,
        ...state,
        schemaVersion: version,
        account: accountOf(result.account, services),
        lastVerifiedAt: at,
        lastVerification: { ok: true },
        services,
      };
    }
  }
  if (Object.keys(change).length === 0) return record;
  if (changes.length > 0) change.changes = changes;
  const saved = await saveChange(deps, record, change, by, 'connection.updated', { ok: true }, audits);
  if (!saved) throw notFound('The connection');
  return { ...next, updatedAt: nowIso(), updatedBy: by };
}

function sorted(value: Credentials): [string, unknown][] {
  return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * A connection's services; a connection made before services existed gets the manifest's,
 * marked so, until it is verified again.
 */
export function servicesOf(deps: ConnectionDeps, record: ConnectionRecord): ConnectionServices {
  if (record.services) return record.services;
  const entry = deps.registry.get(record.providerId);
  if (!entry)
    return { source: 'manifest', discoveredAt: record.createdAt, note: 'The provider is gone', items: [] };
  return reconcileServices(
    entry,
    {
      ok: false,
      reason: 'unsupported',
      message: 'Verify the connection again to read the account',
      retryable: false,
    },
    null,
    record.createdAt,
  );
}

/** Applies the merchant's switches to a connection's services and records what changed. */
export async function switchServices(
  deps: ConnectionDeps,
  record: ConnectionRecord,
  toggles: readonly ServiceToggle[],
  by: Actor,
  audit?: AuditContext,
): Promise<ConnectionServices> {
  const before = servicesOf(deps, record);
  const services = applyToggles(before, toggles);
  const servicesChanges = describeServiceChanges(before, services);
  if (servicesChanges.length === 0) return services;
  const audits: AuditRecord[] = audit
    ? [{ context: audit, action: 'connection.services_changed', details: { services: servicesChanges } }]
    : [];
  const saved = await saveChange(
    deps,
    record,
    { services, servicesChanges },
    by,
    'connection.updated',
    undefined,
    audits,
  );
  if (!saved) throw notFound('The connection');
  return services;
}
