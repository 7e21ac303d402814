import { managePermission } from '../access/roles.js';
import type { Api } from '../http/api.js';
import { auditContext } from '../http/audit-context.js';
import { requirePermission } from '../http/auth.js';
import type { AppDeps } from '../deps.js';
import { COMMON_ERRORS, errorResponse, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  CHECK_BODY,
  type CheckBody,
  CONNECT_BODY,
  type ConnectBody,
  CONNECTION,
  LIST_CONNECTIONS_QUERY,
  type ListConnectionsQuery,
  VERIFY_RESULT,
} from '../schemas/connections.js';
import { servicesView } from '../services/connection-services.js';
import { connectionView } from '../services/connection-view.js';
import { checkConnection, createConnection, requireConnection } from '../services/connections.js';
import { clientAddress } from '../security/client-address.js';
import { listConnections } from '../store/connections.js';
import { connectionDeps, operationContext } from './connection-context.js';

/** Errors of routes that verify credentials with the provider. */
export const VERIFY_ERRORS = {
  409: errorResponse('The provider is not ready (`provider_not_ready`)'),
  422: errorResponse(
    'Credentials do not match the form (`validation_failed`, with fields) or the provider rejected them (`verification_failed`, with `reason`)',
  ),
  502: errorResponse('The connector is broken (`connector_failed`)'),
  503: errorResponse('The provider is unavailable (`provider_unavailable`, `retryable: true`)'),
} as const;

/** The answer of a route that counts against the check limits. */
const CHECK_LIMITED = {
  429: errorResponse(
    'Too many credential checks for this organisation or from this address (`too_many_requests`); see Retry-After',
  ),
} as const;

/** Checking credentials, connecting, listing and reading connections. */
export function registerConnectionRoutes(api: Api, deps: AppDeps): void {
  const services = connectionDeps(deps);
  const params = { orgId: PARAMS.orgId };

  api.route<CheckBody>(
    {
      method: 'post',
      path: '/api/orgs/:orgId/connections/check',
      operationId: 'checkConnection',
      summary: 'Validate and verify credentials without storing anything',
      description:
        'The same validation as connecting (422 with field errors); then 200 with the verify result, ok or not, and with ok the account and the services it has (what connecting would enable).',
      tag: 'connections',
      auth: 'org',
      permission: 'connections.manage_sandbox',
      params,
      body: CHECK_BODY,
      responses: {
        200: { description: 'The verify result', schema: VERIFY_RESULT },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        409: VERIFY_ERRORS[409],
        ...CHECK_LIMITED,
      },
    },
    async ({ req, res, auth, body, log }) => {
      requirePermission(auth, managePermission(body.environment));
      // Counted before the verify, so the provider cannot be used to test many keys quickly.
      await deps.rateLimiter.consume(['check_org', auth.orgId!], ['check_address', clientAddress(req)]);
      const { services: found, ...result } = await checkConnection(
        services,
        body,
        operationContext(res, log),
      );
      return { body: found ? { ...result, services: servicesView(found) } : result };
    },
  );

  api.route<ConnectBody>(
    {
      method: 'post',
      path: '/api/orgs/:orgId/connections',
      operationId: 'createConnection',
      summary: 'Connect a provider account: validate, verify, encrypt and store',
      tag: 'connections',
      auth: 'org',
      permission: 'connections.manage_sandbox',
      params,
      body: CONNECT_BODY,
      responses: {
        201: { description: 'Connected', schema: CONNECTION },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        ...VERIFY_ERRORS,
        ...CHECK_LIMITED,
        409: errorResponse(
          'The provider is not ready (`provider_not_ready`), or the organisation already has this account in this environment (`conflict`, with `existingConnectionId`; send `connectAgain` with another label to connect it again)',
        ),
      },
    },
    async ({ req, res, body, auth, log }) => {
      requirePermission(auth, managePermission(body.environment));
      // Connecting verifies too: the same limits, or connect would be the unthrottled way to check.
      await deps.rateLimiter.consume(['check_org', auth.orgId!], ['check_address', clientAddress(req)]);
      const record = await createConnection(
        services,
        auth.orgId!,
        body,
        auth.actor!,
        operationContext(res, log, auditContext(req, auth)),
      );
      return { status: 201, body: connectionView(record, deps.registry) };
    },
  );

  api.route<undefined, ListConnectionsQuery>(
    {
      method: 'get',
      path: '/api/orgs/:orgId/connections',
      operationId: 'listConnections',
      summary:
        "The organisation's connections, newest first (secrets masked); `endUserId` for one end user's",
      tag: 'connections',
      auth: 'org',
      permission: 'connections.view',
      params,
      query: LIST_CONNECTIONS_QUERY,
      responses: {
        200: { description: 'Connections', schema: listOf(CONNECTION) },
        422: COMMON_ERRORS[422],
        ...ORG_ERRORS,
      },
    },
    async ({ auth, query }) => ({
      body: {
        items: (await listConnections(deps.db, auth.orgId!, query)).map((r) =>
          connectionView(r, deps.registry),
        ),
      },
    }),
  );

  api.route(
    {
      method: 'get',
      path: '/api/orgs/:orgId/connections/:connectionId',
      operationId: 'getConnection',
      summary: 'One connection (secrets masked)',
      tag: 'connections',
      auth: 'org',
      permission: 'connections.view',
      params: { ...params, connectionId: PARAMS.connectionId },
      responses: { 200: { description: 'The connection', schema: CONNECTION }, ...ORG_ERRORS },
    },
    async ({ auth, params: p }) => ({
      body: connectionView(await requireConnection(deps.db, auth.orgId!, p.connectionId!), deps.registry),
    }),
  );
}
