import type { AppDeps } from '../deps.js';
import type { Api } from '../http/api.js';
import { requirePermission } from '../http/auth.js';
import { notFound } from '../http/errors.js';
import { COMMON_ERRORS, errorResponse, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  CONNECT_SESSION_CREATED,
  CREATE_CONNECT_SESSION_BODY,
  type CreateConnectSessionBody,
} from '../schemas/connect.js';
import { createConnectSession } from '../services/connect-sessions.js';
import { revokeConnectSession } from '../store/connect-sessions.js';

/** Connect sessions, created and revoked by a platform's server with the organisation's API key. */
export function registerConnectSessionRoutes(api: Api, deps: AppDeps): void {
  api.route<CreateConnectSessionBody>(
    {
      method: 'post',
      path: '/api/orgs/:orgId/connect-sessions',
      operationId: 'createConnectSession',
      summary: 'Create a connect session for one of your end users (API key only)',
      description:
        'Call it from your server: the token opens the hosted connect page for this end user only, until it expires (30 minutes by default), is revoked, or has made one connection. The connection made carries `endUser`. Rate-limited per organisation (429 with Retry-After).',
      tag: 'connect',
      auth: 'org_key',
      // A session can make connections: live ones need the key's role to manage live ones.
      permission: 'connections.manage_sandbox',
      params: { orgId: PARAMS.orgId },
      body: CREATE_CONNECT_SESSION_BODY,
      responses: {
        201: { description: 'The session; the token is shown only now', schema: CONNECT_SESSION_CREATED },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        401: errorResponse('No API key, or it is not valid (a signed-in session does not do)'),
        429: errorResponse('Too many sessions created (`too_many_requests`, Retry-After)'),
      },
    },
    async ({ req, auth, body }) => {
      if (body.environments === undefined || body.environments.includes('live'))
        requirePermission(auth, 'connections.manage_live');
      await deps.rateLimiter.consume(['connect_session_org', auth.orgId!]);
      const created = await createConnectSession(
        deps,
        auth.orgId!,
        body,
        auth.actor!,
        `${req.protocol}://${req.host}`,
      );
      return { status: 201, body: created };
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/orgs/:orgId/connect-sessions/:sessionId',
      operationId: 'revokeConnectSession',
      summary: 'Revoke a connect session: its token stops working at once (API key only)',
      tag: 'connect',
      auth: 'org_key',
      permission: 'connections.manage_sandbox',
      params: { orgId: PARAMS.orgId, sessionId: 'Connect session id (`cs_…`)' },
      responses: { 204: { description: 'Revoked (or already revoked)' }, ...ORG_ERRORS },
    },
    async ({ auth, params }) => {
      if (!(await revokeConnectSession(deps.db, auth.orgId!, params.sessionId!)))
        throw notFound('The connect session');
      return { status: 204 };
    },
  );
}
