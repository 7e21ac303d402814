import { auditContext } from '../http/audit-context.js';
import { appendAudit } from '../store/audit.js';
import type { Api } from '../http/api.js';
import { ApiError, notFound, validationError } from '../http/errors.js';
import type { AppDeps } from '../deps.js';
import { AUTH_ERRORS, COMMON_ERRORS, errorResponse, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  CONNECTION_REQUEST,
  CONNECTION_REQUEST_BODY,
  type ConnectionRequestBody,
  DEMAND_SUMMARY,
  REQUEST_STATUS_BODY,
  REQUEST_STATUS_RESULT,
  type RequestStatusBody,
} from '../schemas/connection-requests.js';
import {
  connectionRequestDemand,
  deleteConnectionRequest,
  insertConnectionRequest,
  listConnectionRequests,
  requestKey,
  setConnectionRequestStatus,
} from '../store/connection-requests.js';
import { addOutboxEvents, newOutboxEvent } from '../store/outbox.js';

/** "Request a connection" for providers that are not ready or not listed, and the demand summary. */
export function registerConnectionRequestRoutes(api: Api, deps: AppDeps): void {
  const { db, registry } = deps;
  const params = { orgId: PARAMS.orgId };
  // A name typed for an "unlisted" provider that is the name or id of a listed one is that one.
  const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const listedByName = new Map<string, (typeof registry.providers)[number]>();
  for (const entry of registry.providers) {
    listedByName.set(fold(entry.id), entry);
    listedByName.set(fold(entry.name), entry);
  }

  api.route<ConnectionRequestBody>(
    {
      method: 'post',
      path: '/api/orgs/:orgId/connection-requests',
      operationId: 'requestConnection',
      summary:
        'Ask for a provider: a listed not-ready one (`providerId`) or an unlisted one (`name`, `website`)',
      description:
        "One request per provider per organisation: asking again answers 200 with the first request. A `name` that is a listed provider's name or id is a request for that provider (and refused with 409 when it is ready).",
      tag: 'connection-requests',
      auth: 'org',
      permission: 'connections.manage_sandbox',
      params,
      body: CONNECTION_REQUEST_BODY,
      responses: {
        200: { description: 'Asked before: the first request', schema: CONNECTION_REQUEST },
        201: { description: 'Recorded', schema: CONNECTION_REQUEST },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        409: errorResponse('The provider is ready: connect it instead'),
      },
    },
    async ({ req, auth, body }) => {
      let providerId: string | null = null;
      let name = body.name?.trim() || null;
      const entry =
        body.providerId !== undefined
          ? registry.get(body.providerId)
          : name === null
            ? undefined
            : listedByName.get(fold(name));
      if (body.providerId !== undefined && !entry)
        throw validationError([
          {
            path: '/providerId',
            message: `"${body.providerId}" is not a provider of the directory; send its name instead`,
          },
        ]);
      if (entry) {
        if (entry.status === 'ready')
          throw new ApiError('conflict', `${entry.name} is ready: connect it instead`);
        providerId = entry.id;
        name = entry.name;
      }
      const { request, created } = await db.transaction(async (tx) => {
        const result = await insertConnectionRequest(
          tx,
          auth.orgId!,
          { providerId, name, website: body.website ?? null, message: body.message?.trim() || null },
          auth.actor!,
        );
        if (result.created) {
          const { createdBy: _, ...connectionRequest } = result.request;
          await addOutboxEvents(tx, [
            newOutboxEvent(auth.orgId!, 'connection_request.created', undefined, { connectionRequest }),
          ]);
          await appendAudit(
            tx,
            auth.orgId!,
            auditContext(req, auth),
            'connection_request.created',
            { type: 'connection_request', id: result.request.id },
            { providerId, name },
          );
        }
        return result;
      });
      return { status: created ? 201 : 200, body: request };
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/orgs/:orgId/connection-requests/:requestId',
      operationId: 'withdrawConnectionRequest',
      summary: 'Withdraw a request: it no longer counts towards the provider',
      tag: 'connection-requests',
      auth: 'org',
      permission: 'connections.manage_sandbox',
      params: { ...params, requestId: 'Request id (`req_…`)' },
      responses: {
        204: { description: 'Withdrawn' },
        ...ORG_ERRORS,
        404: errorResponse('The organisation has no such request'),
      },
    },
    async ({ req, auth, params: { requestId } }) => {
      await db.transaction(async (tx) => {
        if (!(await deleteConnectionRequest(tx, auth.orgId!, requestId!))) throw notFound('The request');
        await appendAudit(tx, auth.orgId!, auditContext(req, auth), 'connection_request.withdrawn', {
          type: 'connection_request',
          id: requestId!,
        });
      });
      return { status: 204 };
    },
  );

  api.route<RequestStatusBody>(
    {
      method: 'patch',
      path: '/api/connection-requests/status',
      operationId: 'setConnectionRequestStatus',
      summary:
        "Set the status of every organisation's request for one provider (platform admins: PAYCORE_ADMIN_EMAILS)",
      tag: 'admin',
      auth: 'admin',
      body: REQUEST_STATUS_BODY,
      responses: {
        200: { description: 'Changed', schema: REQUEST_STATUS_RESULT },
        ...COMMON_ERRORS,
        ...AUTH_ERRORS,
        404: errorResponse('Nobody has requested that provider'),
      },
    },
    async ({ body }) => {
      const key = requestKey(
        body.providerId !== undefined ? { providerId: body.providerId } : { name: body.name! },
      );
      const updated = await setConnectionRequestStatus(db, key, body.status, body.note?.trim() || null);
      if (updated === 0) throw notFound('A request for that provider');
      return { body: { updated } };
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
          requestStatus: row.status,
          statusNote: row.statusNote,
        };
      });
      return { body: { items } };
    },
  );
}
