import type { AppDeps } from '../deps.js';
import type { Api } from '../http/api.js';
import { auditContext } from '../http/audit-context.js';
import { sendConnectPage } from '../http/connect-page.js';
import { COMMON_ERRORS, errorResponse } from '../schemas/common.js';
import {
  CONNECT_CHECK_BODY,
  CONNECT_CONNECTION_BODY,
  CONNECT_RESULT,
  CONNECT_SESSION_VIEW,
  type ConnectCheckBody,
  type ConnectConnectionBody,
} from '../schemas/connect.js';
import { VERIFY_RESULT } from '../schemas/connections.js';
import { servicesView } from '../services/connection-services.js';
import { checkConnection } from '../services/connections.js';
import { clientAddress } from '../security/client-address.js';
import { connectSessionView, connectWithSession, requireAllowed } from '../services/connect-sessions.js';
import { connectionDeps, operationContext } from './connection-context.js';
import { VERIFY_ERRORS } from './connections.js';

/** How long a connect attempt holds its session before another may try (past any verify). */
const HOLD_MS = 3 * 60_000;

const SESSION_ERRORS = {
  401: errorResponse(
    'No connect session token, or it is not valid, has expired, was revoked or has made its connection (`session` says which)',
  ),
} as const;

const LIMIT_ERROR = {
  429: errorResponse('Too many checks in this session (`too_many_requests`, Retry-After)'),
} as const;

/** The hosted connect page's API: authenticated by the session token only, never a cookie. */
export function registerConnectRoutes(api: Api, deps: AppDeps): void {
  const services = connectionDeps(deps);

  api.route(
    {
      method: 'get',
      path: '/connect/:sessionId',
      operationId: 'connectPage',
      summary: 'The hosted connect page (HTML); the token comes in the URL fragment',
      description:
        'Open the `url` a session was created with. Content-Security-Policy `frame-ancestors` is the session’s `allowedOrigins` (`none` without them, or once the session is unusable); `Referrer-Policy: no-referrer`; the page requests nothing from another origin.',
      tag: 'connect',
      auth: 'none',
      params: { sessionId: 'Connect session id (`cs_…`)' },
      responses: {
        200: { description: 'The page', content: { 'text/html': { type: 'string' } } },
        503: errorResponse('The dashboard (which holds the page) is not built'),
      },
    },
    async ({ res, params }) => {
      await sendConnectPage(res, deps.settings.dashboardDir, deps.db, params.sessionId!);
      return undefined;
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/connect/session',
      operationId: 'getConnectSession',
      summary: "The connect session: the organisation's brand, the end user, the providers offered",
      tag: 'connect',
      auth: 'connect',
      responses: { 200: { description: 'The session', schema: CONNECT_SESSION_VIEW }, ...SESSION_ERRORS },
    },
    async ({ auth }) => ({ body: await connectSessionView(deps, auth.connectSession!) }),
  );

  api.route<ConnectCheckBody>(
    {
      method: 'post',
      path: '/api/connect/check',
      operationId: 'checkConnectCredentials',
      summary: 'Check credentials for a provider the session offers, storing nothing',
      tag: 'connect',
      auth: 'connect',
      body: CONNECT_CHECK_BODY,
      responses: {
        200: { description: 'The verify result', schema: VERIFY_RESULT },
        ...COMMON_ERRORS,
        ...SESSION_ERRORS,
        409: VERIFY_ERRORS[409],
        ...LIMIT_ERROR,
      },
    },
    async ({ req, res, body, auth, log }) => {
      const session = auth.connectSession!;
      await deps.rateLimiter.consume(
        ['connect_check_session', session.id],
        ['connect_check_address', clientAddress(req)],
      );
      await requireAllowed(deps.db, deps.registry, session, body);
      const { services: found, ...result } = await checkConnection(
        services,
        body,
        operationContext(res, log),
      );
      return { body: found ? { ...result, services: servicesView(found) } : result };
    },
  );

  api.route<ConnectConnectionBody>(
    {
      method: 'post',
      path: '/api/connect/connections',
      operationId: 'createConnectConnection',
      summary: "Connect the end user's provider account (or reconnect the session's connection)",
      description:
        'Verifies, encrypts and stores the connection tagged with the end user, then the session is spent. In reconnect mode the existing connection keeps its id and gets the new credentials (200).',
      tag: 'connect',
      auth: 'connect',
      body: CONNECT_CONNECTION_BODY,
      responses: {
        200: { description: 'Reconnected: the same connection, new credentials', schema: CONNECT_RESULT },
        201: { description: 'Connected', schema: CONNECT_RESULT },
        ...COMMON_ERRORS,
        ...SESSION_ERRORS,
        ...VERIFY_ERRORS,
        409: errorResponse(
          'The provider is not ready (`provider_not_ready`), the organisation already has this account (`conflict`), or another connect attempt of this session is running (`conflict`)',
        ),
        ...LIMIT_ERROR,
      },
    },
    async ({ req, res, body, auth, log }) => {
      const session = auth.connectSession!;
      await deps.rateLimiter.consume(
        ['connect_check_session', session.id],
        ['connect_check_address', clientAddress(req)],
      );
      // The audit log names the platform's end user the session was made for.
      const audit = auditContext(req, auth, {
        actor: auth.actor!,
        label: `end user ${session.endUser.email ?? session.endUser.id}`,
      });
      const { record, created } = await connectWithSession(
        services,
        session,
        body,
        operationContext(res, log, audit),
        HOLD_MS,
      );
      let returnUrl: string | null = null;
      if (session.returnUrl) {
        const url = new URL(session.returnUrl);
        url.searchParams.set('connectionId', record.id);
        returnUrl = url.toString();
      }
      return {
        status: created ? 201 : 200,
        body: {
          connection: {
            id: record.id,
            providerId: record.providerId,
            providerName: deps.registry.get(record.providerId)?.name ?? record.providerId,
            environment: record.environment,
            endUser: session.endUser,
          },
          returnUrl,
        },
      };
    },
  );
}
