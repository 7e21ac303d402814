import type { Registry } from '@paycore/registry';
import type { ConnectionHealth } from '@paycore/webhooks';
import type { ConnectionRecord } from '../store/connections.js';

/**
 * A connection's health: what its last check concluded, or `needs_reconnect` at once when the
 * loaded connector's form is newer than the stored credentials (the next check records it).
 */
export function connectionHealth(record: ConnectionRecord, registry: Registry): ConnectionHealth {
  const current = registry.get(record.providerId)?.credentials?.version;
  if (current !== undefined && record.schemaVersion < current) return 'needs_reconnect';
  return record.health;
}

/** A connection as the API answers it: non-secret fields, masked secrets, never a secret. */
export function connectionView(record: ConnectionRecord, registry: Registry): Record<string, unknown> {
  const entry = registry.get(record.providerId);
  return {
    id: record.id,
    organisationId: record.orgId,
    providerId: record.providerId,
    providerName: entry?.name ?? record.providerId,
    environment: record.environment,
    label: record.label,
    credentials: record.publicFields,
    secretHints: record.secretHints,
    health: connectionHealth(record, registry),
    credentialsVersion: record.schemaVersion,
    account: record.account,
    lastCheckedAt: record.lastVerifiedAt,
    lastSuccessAt: record.lastSuccessAt,
    nextCheckAt: record.nextCheckAt,
    lastVerification: record.lastVerification,
    endUser: record.endUser,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}
