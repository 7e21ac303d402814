import express, { type Express } from 'express';
import type { AppDeps } from './deps.js';
import { createApi } from './http/api.js';
import { dashboard } from './http/dashboard.js';
import { errorHandler } from './http/error-handler.js';
import { ApiError } from './http/errors.js';
import { apiBody, requestLog, securityHeaders } from './http/middleware.js';
import { buildOpenApi } from './openapi/document.js';
import { registerAccountRoutes } from './routes/account.js';
import { registerApiKeyRoutes } from './routes/api-keys.js';
import { registerAuditRoutes } from './routes/audit.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerConnectRoutes } from './routes/connect.js';
import { registerConnectSessionRoutes } from './routes/connect-sessions.js';
import { registerConnectionChangeRoutes } from './routes/connection-changes.js';
import { registerConnectionRequestRoutes } from './routes/connection-requests.js';
import { registerConnectionRoutes } from './routes/connections.js';
import { registerInvitationRoutes } from './routes/invitations.js';
import { registerMemberRoutes } from './routes/members.js';
import { registerOrganisationRoutes } from './routes/organisations.js';
import { registerProviderRoutes } from './routes/providers.js';
import { registerServiceRoutes } from './routes/services.js';
import { registerSystemRoutes } from './routes/system.js';
import { registerTwoFactorRoutes } from './routes/two-factor.js';
import { registerVocabularyRoutes } from './routes/vocabulary.js';
import { registerWebhookRoutes } from './routes/webhooks.js';
import { cacheBody, type CachedBody, sendCached } from './services/cached-body.js';
import { createDirectoryCache } from './services/directory.js';

/** The host's version, shown in the OpenAPI document. */
export const HOST_VERSION = '0.1.0';

/**
 * Builds the express app (it does not listen): the JSON API under `/api`, its OpenAPI document,
 * and the dashboard build at `/`. Everything it touches comes in through `deps`.
 */
export function createApp(deps: AppDeps): Express {
  const directory = createDirectoryCache(deps.registry);
  const app = express();
  app.disable('x-powered-by');
  // Our cached routes set strong ETags themselves; express's weak ones would hash every answer.
  app.set('etag', false);
  app.set('trust proxy', deps.settings.trustProxy ?? false);
  app.use(requestLog(deps.logger));
  app.use(securityHeaders());
  app.use('/api', apiBody());

  const api = createApi({
    db: deps.db,
    adminEmails: deps.settings.adminEmails,
    logger: deps.logger,
  });
  registerSystemRoutes(api, deps);
  registerAuthRoutes(api, deps);
  registerAccountRoutes(api, deps);
  registerTwoFactorRoutes(api, deps);
  registerOrganisationRoutes(api, deps);
  registerApiKeyRoutes(api, deps);
  registerProviderRoutes(api, deps, directory);
  registerVocabularyRoutes(api, deps);
  registerConnectionRoutes(api, deps);
  registerConnectionChangeRoutes(api, deps);
  registerConnectionRequestRoutes(api, deps);
  registerWebhookRoutes(api, deps);
  registerServiceRoutes(api, deps);
  registerMemberRoutes(api, deps);
  registerInvitationRoutes(api, deps);
  registerAuditRoutes(api, deps);
  registerConnectSessionRoutes(api, deps);
  registerConnectRoutes(api, deps);

  let openapi: CachedBody | undefined;
  api.route(
    {
      method: 'get',
      path: '/api/openapi.json',
      operationId: 'openapi',
      summary: 'This document',
      tag: 'system',
      auth: 'none',
      responses: { 200: { description: 'OpenAPI 3.1', schema: { type: 'object' } } },
    },
    async ({ req, res }) => {
      openapi ??= cacheBody(
        buildOpenApi(api.routes, {
          title: 'PayCore host API',
          version: HOST_VERSION,
          description:
            'Errors always have the shape `{ "error": { "code", "message", "fields": [{ "path", "message" }]? } }`.',
        }),
      );
      sendCached(req, res, openapi, 'no-cache');
      return undefined;
    },
  );

  app.use(api.router);
  app.use('/api', (req, _res, next) => {
    next(new ApiError('not_found', `No API route ${req.method} ${req.originalUrl.split('?')[0]}`));
  });
  app.use(dashboard(deps.settings.dashboardDir));
  app.use((req, _res, next) => {
    next(new ApiError('not_found', `Nothing at ${req.method} ${req.originalUrl.split('?')[0]}`));
  });
  app.use(errorHandler(deps.logger));
  return app;
}
