import { PERMISSION_MATRIX } from '../access/roles.js';
import type { RouteSpec } from '../http/api.js';
import type { JsonSchema } from '../http/validate.js';

/** Title and version of the document. */
export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

const SECURITY: Record<RouteSpec['auth'], Record<string, string[]>[]> = {
  none: [],
  session: [{ cookieAuth: [] }],
  org: [{ cookieAuth: [] }, { bearerAuth: [] }],
  org_key: [{ bearerAuth: [] }],
  admin: [{ cookieAuth: [] }],
  connect: [{ connectSessionAuth: [] }],
};

/** `/api/orgs/:orgId` → `/api/orgs/{orgId}`. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function operation(route: RouteSpec): Record<string, unknown> {
  const parameters: Record<string, unknown>[] = [];
  for (const [name, description] of Object.entries(route.params ?? {})) {
    parameters.push({ name, in: 'path', required: true, description, schema: { type: 'string' } });
  }
  const queryProps = (route.query?.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, schema] of Object.entries(queryProps)) {
    const parameter: Record<string, unknown> = { name, in: 'query', required: false, schema };
    if (typeof schema.description === 'string') parameter.description = schema.description;
    parameters.push(parameter);
  }
  const responses: Record<string, unknown> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    const response: Record<string, unknown> = { description: spec.description };
    if (spec.schema) response.content = { 'application/json': { schema: spec.schema } };
    if (spec.content) {
      response.content = Object.fromEntries(
        Object.entries(spec.content).map(([type, schema]) => [type, { schema }]),
      );
    }
    if (spec.headers) response.headers = spec.headers;
    responses[status] = response;
  }
  const op: Record<string, unknown> = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security: SECURITY[route.auth],
    responses,
  };
  if (route.permission !== undefined) {
    const who =
      route.permission === 'member'
        ? 'Any member or API key of the organisation.'
        : `Needs the \`${route.permission}\` permission: ${PERMISSION_MATRIX[route.permission].roles.join(', ')}.`;
    op['x-paycore-permission'] = route.permission;
    op.description = route.description ? `${route.description}\n\n${who}` : who;
  } else if (route.description) op.description = route.description;
  if (parameters.length > 0) op.parameters = parameters;
  if (route.body) {
    op.requestBody = { required: true, content: { 'application/json': { schema: route.body } } };
  }
  return op;
}

/**
 * The OpenAPI 3.1 document of the routes, made from the same specs (and JSON Schema objects) the
 * handlers validate with, so it cannot describe an API other than the one that runs.
 */
export function buildOpenApi(routes: readonly RouteSpec[], info: OpenApiInfo): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info,
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      securitySchemes: {
        cookieAuth: {
          type: 'apiKey',
          in: 'cookie',
          name: 'paycore_session',
          description:
            'Session cookie set by signup/login. Writes must carry `Origin` equal to the host origin or `Sec-Fetch-Site: same-origin`.',
        },
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'An organisation API key (`pck_live_…`), valid on that organisation’s routes',
        },
        connectSessionAuth: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A connect session token (`pccs_…`), valid on `/api/connect/…` only, until it expires, is revoked or has made a connection',
        },
      },
    },
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
  };
}
