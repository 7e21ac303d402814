import type { paths } from './generated/schema';
import { http, unwrap } from './http';
import type { AuditPage, Query } from './types';

type AuditQuery = Query<paths['/api/orgs/{orgId}/audit']['get']>;

/**
 * Filters of the audit log; empty values are left out. `action` and `actorType` are what the
 * page's lists hold; the host answers 422 naming either if it is not one it knows.
 */
export type AuditFilters = Omit<AuditQuery, 'cursor' | 'limit' | 'action' | 'actorType'> & {
  action?: string;
  actorType?: string;
};

/** One page of the organisation's audit log, newest first. */
export function listAudit(
  orgId: string,
  filters: AuditFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AuditPage> {
  // The host checks `action` and `actorType` against its lists (422 naming the field).
  const query = Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''),
  ) as AuditQuery;
  if (cursor) query.cursor = cursor;
  query.limit = 25;
  return unwrap(http.GET('/api/orgs/{orgId}/audit', { params: { path: { orgId }, query }, signal }), signal);
}
