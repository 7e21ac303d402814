import { auditContext } from '../http/audit-context.js';
import { appendAudit } from '../store/audit.js';
import type { Api } from '../http/api.js';
import { ApiError, validationError } from '../http/errors.js';
import type { AppDeps } from '../deps.js';
import { AUTH_ERRORS, COMMON_ERRORS, errorResponse, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  CONNECTION_REQUEST,
  CONNECTION_REQUEST_BODY,
  type ConnectionRequestBody,
  DEMAND_SUMMARY,
} from '../schemas/connection-requests.js';
import {
  connectionRequestDemand,
  insertConnectionRequest,
  listConnectionRequests,
} from '../store/connection-requests.js';
import { addOutboxEvents, newOutboxEvent } from '../store/outbox.js';

/** "Request a connection" for providers that are not ready or not listed, and the demand summary. */
export function registerConnectionRequestRoutes(api: Api, deps: AppDeps): void {
  const { db, registry } = deps;
  const params = { orgId: PARAMS.orgId };

  api.route<ConnectionRequestBody>(
    {
      method: 'post',
      path: '/api/orgs/:orgId/connection-requests',
      operationId: 'requestConnection',
      summary:
        'Ask for a provider: a listed not-ready one (`providerId`) or an unlisted one (`name`, `website`)',
      tag: 'connection-requests',
      auth: 'org',
      permission: 'connections.manage_sandbox',
      params,
      body: CONNECTION_REQUEST_BODY,
      responses: {
        201: { description: 'Recorded', schema: CONNECTION_REQUEST },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        409: errorResponse('The provider is ready: connect it instead'),
      },
    },
    async ({ req, auth, body }) => {
      let providerId: string | null = null;
      let name = body.name?.trim() || null;
      if (body.providerId !== undefined) {
        const entry = registry.get(body.providerId);
        if (!entry)
          throw validationError([
            {
              path: '/providerId',
              message: `"${body.providerId}" is not a provider of the directory; send its name instead`,
            },
          ]);
        if (entry.status === 'ready')
          throw new ApiError('conflict', `${entry.name} is ready: connect it instead`);
        providerId = entry.id;
        name = entry.name;
      }
      const request = await db.transaction(async (tx) => {
        const created = await insertConnectionRequest(
          tx,
          auth.orgId!,
          { providerId, name, website: body.website ?? null, message: body.message?.trim() || null },
          auth.actor!,
        );
        const { createdBy: _, ...connectionRequest } = created;
        await addOutboxEvents(tx, [
          newOutboxEvent(auth.orgId!, 'connection_request.created', undefined, { connectionRequest }),
        ]);
        await appendAudit(
          tx,
          auth.orgId!,
          auditContext(req, auth),
          'connection_request.created',
          {
            type: 'connection_request',
            id: created.id,
          },
          { providerId, name },
        );
        return created;
      });
      return { status: 201, body: request };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/orgs/:orgId/connection-requests',
      operationId: 'listConnectionRequests',
      summary: "The organisation's connection requests, newest first",
      tag: 'connection-requests',
      auth: 'org',
      permission: 'connections.view',
      params,
      responses: { 200: { description: 'Requests', schema: listOf(CONNECTION_REQUEST) }, ...ORG_ERRORS },
    },
    async ({ auth }) => ({ body: { items: await listConnectionRequests(db, auth.orgId!) } }),
  );

  api.route(
    {
      method: 'get',
      path: '/api/connection-requests/summary',
      operationId: 'connectionRequestSummary',
      summary: 'Demand per provider across organisations (platform admins: PAYCORE_ADMIN_EMAILS)',
      tag: 'admin',
      auth: 'admin',
      responses: { 200: { description: 'Most wanted first', schema: DEMAND_SUMMARY }, ...AUTH_ERRORS },
    },
    async () => {
      const rows = await connectionRequestDemand(db);
      const items = rows.map((row) => {
        const entry = row.providerId === null ? undefined : registry.get(row.providerId);
        return {
          providerId: row.providerId,
          name: entry?.name ?? row.name ?? row.providerId ?? '',
          listed: row.providerId !== null,
          ...(entry ? { status: entry.status } : {}),
          requests: row.requests,
          organisations: row.organisations,
          lastRequestedAt: row.lastRequestedAt,
        };
      });
      return { body: { items } };
    },
  );
}
