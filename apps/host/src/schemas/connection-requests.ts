import type { JsonSchema } from '../http/validate.js';
import { ACTOR, TIMESTAMP } from './common.js';

/** Body of `POST /api/orgs/:orgId/connection-requests`. */
export interface ConnectionRequestBody {
  providerId?: string;
  name?: string;
  website?: string;
  message?: string;
}

/** Schema of {@link ConnectionRequestBody}: a listed provider's id, or an unlisted provider's name. */
export const CONNECTION_REQUEST_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    providerId: { type: 'string', minLength: 1, maxLength: 100, description: 'A listed, not-ready provider' },
    name: { type: 'string', minLength: 1, maxLength: 100, description: 'An unlisted provider' },
    website: { type: 'string', format: 'uri', pattern: '^https?://', maxLength: 300 },
    message: { type: 'string', maxLength: 2000 },
  },
  // Each branch names its property again: ajv's strict mode wants `required` next to `properties`.
  anyOf: [
    { properties: { providerId: true }, required: ['providerId'] },
    { properties: { name: true }, required: ['name'] },
  ],
};

/** A stored request. */
export const CONNECTION_REQUEST: JsonSchema = {
  type: 'object',
  required: ['id', 'providerId', 'name', 'website', 'message', 'createdBy', 'createdAt'],
  properties: {
    id: { type: 'string' },
    providerId: { type: ['string', 'null'] },
    name: { type: ['string', 'null'] },
    website: { type: ['string', 'null'] },
    message: { type: ['string', 'null'] },
    createdBy: ACTOR,
    createdAt: TIMESTAMP,
  },
};

/** `GET /api/connection-requests/summary`. */
export const DEMAND_SUMMARY: JsonSchema = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['providerId', 'name', 'listed', 'requests', 'organisations', 'lastRequestedAt'],
        properties: {
          providerId: { type: ['string', 'null'] },
          name: { type: 'string' },
          listed: { type: 'boolean' },
          status: { enum: ['ready', 'not-ready'] },
          requests: { type: 'integer' },
          organisations: { type: 'integer' },
          lastRequestedAt: TIMESTAMP,
        },
      },
    },
  },
};
