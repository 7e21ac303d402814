import { managePermission } from '../access/roles.js';
import type { Api } from '../http/api.js';
import { auditContext } from '../http/audit-context.js';
import { requirePermission } from '../http/auth.js';
import type { AppDeps } from '../deps.js';
import { COMMON_ERRORS, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  CONNECTION,
  CONNECTION_EVENT,
  PATCH_CONNECTION_BODY,
  type PatchConnectionBody,
  REVERIFY_RESULT,
} from '../schemas/connections.js';
import { connectionView } from '../services/connection-view.js';
import { reverifyConnection, updateConnection } from '../services/connection-changes.js';
import { removeConnection, requireConnection } from '../services/connections.js';
import { listEvents } from '../store/events.js';
import { connectionDeps, operationContext } from './connection-context.js';
import { VERIFY_ERRORS } from './connections.js';

/** Changing, re-verifying and deleting a connection, and its history. */
export function registerConnectionChangeRoutes(api: Api, deps: AppDeps): void {
  const services = connectionDeps(deps);
  const params = { orgId: PARAMS.orgId, connectionId: PARAMS.connectionId };

  api.route<PatchConnectionBody>(
    {
      method: 'patch',
      path: '/api/orgs/:orgId/connections/:connectionId',
      operationId: 'updateConnection',
      summary: 'Change the label and/or credentials',
      description:
        '`credentials` is the whole form: non-secret fields are replaced, secret fields left out keep their stored value. Changed credentials are verified before they are saved; on failure nothing changes.',
      tag: 'connections',
      auth: 'org',
      permission: 'connections.manage_sandbox',
      params,
      body: PATCH_CONNECTION_BODY,
      responses: {
        200: { description: 'Updated', schema: CONNECTION },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        ...VERIFY_ERRORS,
      },
    },
    async ({ req, res, auth, body, params: p, log }) => {
      const record = await requireConnection(deps.db, auth.orgId!, p.connectionId!);
      requirePermission(auth, managePermission(record.environment));
      const context = operationContext(res, log, auditContext(req, auth));
      await updateConnection(services, record, body, auth.actor!, context);
      const updated = await requireConnection(deps.db, auth.orgId!, record.id);
      return { body: connectionView(updated, deps.registry) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/orgs/:orgId/connections/:connectionId/verify',
      operationId: 'verifyConnection',
      summary: 'Verify the stored credentials again; records the outcome',
      description:
        'Answers 200 with the result whether it is ok or not, and records the health it shows: a provider that cannot be reached makes the connection `degraded`, a rejection `needs_reconnect`.',
      tag: 'connections',
      auth: 'org',
      permission: 'connections.manage_sandbox',
      params,
      responses: {
        200: { description: 'The result and the connection', schema: REVERIFY_RESULT },
        ...ORG_ERRORS,
      },
    },
    async ({ req, res, auth, params: p, log }) => {
      const record = await requireConnection(deps.db, auth.orgId!, p.connectionId!);
      requirePermission(auth, managePermission(record.environment));
      const context = operationContext(res, log, auditContext(req, auth));
      const { result } = await reverifyConnection(services, record, auth.actor!, context);
      const updated = await requireConnection(deps.db, auth.orgId!, record.id);
      return { body: { connection: connectionView(updated, deps.registry), result } };
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/orgs/:orgId/connections/:connectionId',
      operationId: 'deleteConnection',
      summary: 'Delete a connection and its encrypted credentials',
      tag: 'connections',
      auth: 'org',
      permission: 'connections.manage_sandbox',
      params,
      responses: { 204: { description: 'Deleted' }, ...ORG_ERRORS },
    },
    async ({ req, auth, params: p }) => {
      const record = await requireConnection(deps.db, auth.orgId!, p.connectionId!);
      requirePermission(auth, managePermission(record.environment));
      await removeConnection(services, record, auth.actor!, auditContext(req, auth));
      return { status: 204 };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/orgs/:orgId/connections/:connectionId/events',
      operationId: 'listConnectionEvents',
      summary: "A connection's history: created, verified, updated, deleted, with who and when",
      tag: 'connections',
      auth: 'org',
      permission: 'connections.view',
      params,
      responses: {
        200: { description: 'Events, oldest first', schema: listOf(CONNECTION_EVENT) },
        ...ORG_ERRORS,
      },
    },
    async ({ auth, params: p }) => {
      const record = await requireConnection(deps.db, auth.orgId!, p.connectionId!);
      return { body: { items: await listEvents(deps.db, record.id) } };
    },
  );
}
