import { api } from './client';
import type { AuditPage } from './types';

/** Filters of the audit log; empty values are left out. */
export interface AuditFilters {
  action?: string;
  actorType?: string;
  targetId?: string;
  /** ISO 8601. */
  from?: string;
  /** ISO 8601. */
  to?: string;
}

/** One page of the organisation's audit log, newest first. */
export function listAudit(
  orgId: string,
  filters: AuditFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AuditPage> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  if (cursor) query.set('cursor', cursor);
  query.set('limit', '25');
  return api.get<AuditPage>(`/api/orgs/${encodeURIComponent(orgId)}/audit?${query}`, signal);
}
