import type { ResponseSpec } from '../http/api.js';
import type { JsonSchema } from '../http/validate.js';
import { ACTOR_TYPES } from '../store/actor.js';

/** ISO 8601 date-time text. */
export const TIMESTAMP: JsonSchema = { type: 'string', format: 'date-time' };

/** An ISO 4217 code. */
export const CURRENCY_CODE: JsonSchema = { type: 'string', pattern: '^[A-Z]{3}$', examples: ['EUR'] };

/** Who did something. */
export const ACTOR: JsonSchema = {
  type: 'object',
  required: ['type', 'id'],
  properties: {
    type: { enum: [...ACTOR_TYPES], description: '`system`: the host itself (a scheduled check)' },
    id: { type: 'string' },
  },
};

/** The one error shape. */
export const ERROR_BODY: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        fields: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'message'],
            properties: {
              path: { type: 'string', description: 'JSON pointer into the request' },
              message: { type: 'string' },
            },
          },
        },
        reason: { type: 'string', description: 'Verify failure reason (connection routes)' },
        fault: { type: 'string', description: 'With `connector_failed`: what the connector did' },
        retryable: { type: 'boolean' },
        session: {
          enum: ['expired', 'revoked', 'spent'],
          description: 'With 401 on `/api/connect/…`: why the connect session token no longer works',
        },
        requestId: { type: 'string' },
        permission: { type: 'string', description: 'With `forbidden`: the permission the role lacks' },
      },
    },
  },
};

/** A documented error answer. */
export function errorResponse(description: string): ResponseSpec {
  return { description, schema: ERROR_BODY };
}

/** Errors most routes can answer. */
export const COMMON_ERRORS = {
  400: errorResponse('Malformed JSON'),
  413: errorResponse('Body over 100 kB'),
  415: errorResponse('Body is not JSON'),
  422: errorResponse('Invalid fields; `fields` lists each with its JSON pointer'),
} as const;

/** Errors of routes that need a signed-in caller. */
export const AUTH_ERRORS = {
  401: errorResponse('Not signed in, or the API key is not valid'),
  403: errorResponse('A cookie-authenticated write without same-origin proof (CSRF)'),
} as const;

/** Errors of organisation routes. */
export const ORG_ERRORS = {
  ...AUTH_ERRORS,
  403: errorResponse(
    "The caller's role (or the API key's) lacks the route's permission (`forbidden`, with `permission`), or a cookie-authenticated write without same-origin proof (`csrf_rejected`)",
  ),
  404: errorResponse('No such organisation or resource, or it belongs to another organisation'),
} as const;

/** `{ items: [...] }` of the given item schema. */
export function listOf(item: JsonSchema, extra: Record<string, JsonSchema> = {}): JsonSchema {
  return {
    type: 'object',
    required: ['items'],
    properties: { items: { type: 'array', items: item }, ...extra },
  };
}

/** Path parameter descriptions, shared by every route that uses them. */
export const PARAMS = {
  orgId: 'Organisation id (`org_…`)',
  connectionId: 'Connection id (`conn_…`)',
  keyId: 'API key id (`key_…`)',
  providerId: 'Provider id, e.g. `stripe`',
  webhookId: 'Webhook endpoint id (`wh_…`)',
  deliveryId: 'Delivery id (`whd_…`)',
} as const;
