import type { JsonSchema } from '../http/validate.js';
import { REQUEST_STATUSES, type RequestStatus } from '../store/connection-requests.js';
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
    website: {
      type: 'string',
      format: 'uri',
      pattern: '^https?://',
      maxLength: 300,
      description: 'The full address, https:// included (the dashboard adds it to a bare domain)',
    },
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
  required: [
    'id',
    'providerId',
    'name',
    'website',
    'message',
    'status',
    'statusNote',
    'statusChangedAt',
    'createdBy',
    'createdAt',
  ],
  properties: {
    id: { type: 'string' },
    providerId: { type: ['string', 'null'] },
    name: { type: ['string', 'null'] },
    website: { type: ['string', 'null'] },
    message: { type: ['string', 'null'] },
    status: {
      enum: [...REQUEST_STATUSES],
      description:
        'open (received), planned (being built), available (can be connected now), declined; set by a platform admin',
    },
    statusNote: { type: ['string', 'null'], description: "The platform's note about the status" },
    statusChangedAt: { anyOf: [TIMESTAMP, { type: 'null' }] },
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
        required: [
          'providerId',
          'name',
          'listed',
          'requests',
          'organisations',
          'lastRequestedAt',
          'requestStatus',
          'statusNote',
        ],
        properties: {
          providerId: { type: ['string', 'null'] },
          name: { type: 'string' },
          listed: { type: 'boolean' },
          status: { enum: ['ready', 'not-ready'] },
          requests: { type: 'integer' },
          organisations: { type: 'integer' },
          lastRequestedAt: TIMESTAMP,
          requestStatus: { enum: [...REQUEST_STATUSES], description: 'The status last set for it' },
          statusNote: { type: ['string', 'null'] },
        },
      },
    },
  },
};

/** Body of `PATCH /api/connection-requests/status`. */
export interface RequestStatusBody {
  providerId?: string;
  name?: string;
  status: RequestStatus;
  note?: string;
}

/** Schema of {@link RequestStatusBody}: what was asked for, as the demand summary groups it. */
export const REQUEST_STATUS_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['status'],
  properties: {
    providerId: { type: 'string', minLength: 1, maxLength: 100, description: 'A listed provider' },
    name: { type: 'string', minLength: 1, maxLength: 100, description: 'An unlisted provider, as requested' },
    status: { enum: [...REQUEST_STATUSES] },
    note: { type: 'string', maxLength: 500, description: 'Shown to the merchants who asked' },
  },
  oneOf: [
    { properties: { providerId: true }, required: ['providerId'] },
    { properties: { name: true }, required: ['name'] },
  ],
};

/** Answer of `PATCH /api/connection-requests/status`. */
export const REQUEST_STATUS_RESULT: JsonSchema = {
  type: 'object',
  required: ['updated'],
  properties: { updated: { type: 'integer', description: 'Requests changed, one per organisation' } },
};
