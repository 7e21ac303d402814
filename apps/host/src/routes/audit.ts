import type { AppDeps } from '../deps.js';
import type { Api } from '../http/api.js';
import { validationError } from '../http/errors.js';
import { AUDIT_PAGE, AUDIT_QUERY, type AuditQuery } from '../schemas/audit.js';
import { ORG_ERRORS, COMMON_ERRORS, PARAMS } from '../schemas/common.js';
import { type AuditCursor, listAudit } from '../store/audit.js';

const DEFAULT_LIMIT = 50;

function encodeCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): AuditCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {}
  throw validationError([{ path: '/query/cursor', message: 'is not a cursor this API answered' }]);
}

/** The organisation's audit log: read only; nothing in the app updates or deletes its rows. */
export function registerAuditRoutes(api: Api, deps: AppDeps): void {
  api.route<undefined, AuditQuery>(
    {
      method: 'get',
      path: '/api/orgs/:orgId/audit',
      operationId: 'listAudit',
      summary: 'The audit log: who changed what in the organisation, from where, newest first',
      description:
        'Filters combine (all must match). Pages follow `nextCursor`; entries written after the first page do not shift later pages.',
      tag: 'audit',
      auth: 'org',
      permission: 'audit.view',
      params: { orgId: PARAMS.orgId },
      query: AUDIT_QUERY,
      responses: {
        200: { description: 'A page of entries', schema: AUDIT_PAGE },
        422: COMMON_ERRORS[422],
        ...ORG_ERRORS,
      },
    },
    async ({ auth, query }) => {
      const { cursor, limit, ...filter } = query;
      // Stored times are UTC ISO text; a bound with an offset is compared as the same instant.
      if (filter.from !== undefined) filter.from = new Date(filter.from).toISOString();
      if (filter.to !== undefined) filter.to = new Date(filter.to).toISOString();
      if (filter.from !== undefined && filter.to !== undefined && filter.from >= filter.to)
        throw validationError([{ path: '/query/to', message: 'must be after `from`' }]);
      const page = await listAudit(
        deps.db,
        auth.orgId!,
        filter,
        cursor === undefined ? undefined : decodeCursor(cursor),
        limit ?? DEFAULT_LIMIT,
      );
      return { body: { items: page.items, nextCursor: page.next && encodeCursor(page.next) } };
    },
  );
}
