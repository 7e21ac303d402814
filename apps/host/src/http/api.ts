import { type Request, type Response, Router } from 'express';
import type { Logger } from 'pino';
import type { Permission } from '../access/roles.js';
import {
  type AuthDeps,
  type AuthInfo,
  type AuthMode,
  authenticate,
  checkCsrf,
  requirePermission,
} from './auth.js';
import { pathIdFields, unstorableFields } from '../security/storable.js';
import { validationError } from './errors.js';
import { check, coerceQuery, type JsonSchema, validatorFor } from './validate.js';

/** HTTP methods the API uses. */
export type Method = 'get' | 'post' | 'patch' | 'delete';

/** One documented response of a route. */
export interface ResponseSpec {
  description: string;
  /** JSON body schema; omitted for empty bodies. */
  schema?: JsonSchema;
  /** Non-JSON bodies (e.g. a logo). */
  content?: Record<string, JsonSchema>;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

/**
 * A route as data: the handler is registered from it and the OpenAPI document is generated from
 * it, so the documentation cannot drift from what is validated.
 */
export interface RouteSpec {
  method: Method;
  /** Express path, e.g. `/api/orgs/:orgId`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  auth: AuthMode;
  /**
   * What the caller's role must allow (the permission matrix, `access/roles.ts`); `member`: any
   * member or key of the organisation. Required on every `org` route.
   */
  permission?: Permission | 'member';
  /** Path parameter name → description. */
  params?: Record<string, string>;
  /** Object schema of the query string. */
  query?: JsonSchema;
  /** Object schema of the JSON body. */
  body?: JsonSchema;
  responses: Record<number, ResponseSpec>;
}

/** What a handler receives: validated input and the caller. */
export interface RouteContext<B, Q> {
  req: Request;
  res: Response;
  body: B;
  query: Q;
  params: Record<string, string>;
  auth: AuthInfo;
  log: Logger;
}

/** A JSON answer; handlers that write the response themselves return undefined. */
export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A route handler. */
export type RouteHandler<B, Q> = (context: RouteContext<B, Q>) => Promise<Reply | undefined>;

/** The route table and the router it fills. */
export interface Api {
  readonly routes: readonly RouteSpec[];
  readonly router: Router;
  route<B = undefined, Q = Record<string, never>>(spec: RouteSpec, handler: RouteHandler<B, Q>): void;
}

/**
 * Creates the route table. Each route runs: refuse what the database cannot store → authenticate → CSRF check → permission → validate query and body (the one shared ajv) → handler → JSON reply. Errors go to the
 * app's error handler.
 */
export function createApi(deps: AuthDeps & { logger: Logger }): Api {
  const router = Router();
  const routes: RouteSpec[] = [];
  return {
    routes,
    router,
    route(spec, handler) {
      if ((spec.auth === 'org' || spec.auth === 'org_key') && spec.permission === undefined)
        throw new Error(
          `${spec.method.toUpperCase()} ${spec.path} is an organisation route without a permission`,
        );
      routes.push(spec);
      // Compiled now so the first request does not pay for it.
      if (spec.query) validatorFor(spec.query);
      if (spec.body) validatorFor(spec.body);
      router[spec.method](spec.path, async (req, res) => {
        refuseUnstorable(req);
        const auth = await authenticate(spec.auth, req, deps);
        checkCsrf(req, auth);
        // Before the body is read: a role that may not call the route learns nothing from validation.
        if (spec.permission !== undefined && spec.permission !== 'member')
          requirePermission(auth, spec.permission);
        const query = spec.query
          ? check(spec.query, coerceQuery(spec.query, req.query as Record<string, unknown>), '/query')
          : {};
        const body = spec.body ? check(spec.body, req.body ?? {}) : undefined;
        const log = (res.locals.log as Logger | undefined) ?? deps.logger;
        const reply = await handler({
          req,
          res,
          body: body as never,
          query: query as never,
          params: req.params as Record<string, string>,
          auth,
          log,
        });
        if (!reply || res.headersSent) return;
        if (reply.headers) res.set(reply.headers);
        res.status(reply.status ?? 200);
        if (reply.body === undefined) res.end();
        else res.json(reply.body);
      });
    },
  };
}

/**
 * 422 for any text the database cannot store — in a path id (which is looked up before the body
 * is read), the query or the body — on both engines alike, before anything reaches the database.
 */
function refuseUnstorable(req: Request): void {
  const fields = [
    ...pathIdFields(req.params as Record<string, string>),
    ...unstorableFields(req.query, '/query'),
    ...unstorableFields(req.body, ''),
  ];
  if (fields.length > 0) throw validationError(fields, 'The request has text that cannot be stored');
}
