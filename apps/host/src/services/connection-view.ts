import type { Registry } from '@paycore/registry';
import type { ConnectionRecord } from '../store/connections.js';

/** `active`, `failing` (last verify failed) or `needs_reconnect` (credentials entered under an older form). */
export type ConnectionStatus = 'active' | 'failing' | 'needs_reconnect';

/** The status of a stored connection against the loaded connector. */
export function connectionStatus(record: ConnectionRecord, registry: Registry): ConnectionStatus {
  const entry = registry.get(record.providerId);
  const current = entry?.credentials?.version;
  if (current === undefined || record.schemaVersion < current) return 'needs_reconnect';
  if (record.lastVerification && !record.lastVerification.ok) return 'failing';
  return 'active';
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
    status: connectionStatus(record, registry),
    credentialsVersion: record.schemaVersion,
    account: record.account,
    lastVerifiedAt: record.lastVerifiedAt,
    lastVerification: record.lastVerification,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}
