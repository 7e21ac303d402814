import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@paycore/webhooks';
import type { JsonSchema } from '../http/validate.js';
import { TIMESTAMP } from './common.js';

const URL_FIELD: JsonSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 2000,
  description:
    'https, and not a private, loopback or link-local address (checked again on every delivery, after DNS)',
  examples: ['https://example.com/webhooks/paycore'],
};
const EVENTS: JsonSchema = {
  type: 'array',
  minItems: 1,
  maxItems: WEBHOOK_EVENT_TYPES.length,
  uniqueItems: true,
  items: { enum: [...WEBHOOK_EVENT_TYPES] },
  description: 'The event types this endpoint receives',
};
const DESCRIPTION: JsonSchema = { type: 'string', maxLength: 200 };

/** Body of `POST /api/orgs/:orgId/webhooks`. */
export interface CreateWebhookBody {
  url: string;
  events: WebhookEventType[];
  description?: string;
}

/** Schema of {@link CreateWebhookBody}. */
export const CREATE_WEBHOOK_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['url', 'events'],
  properties: { url: URL_FIELD, events: EVENTS, description: DESCRIPTION },
};

/** Body of `PATCH /api/orgs/:orgId/webhooks/:webhookId`. */
export interface PatchWebhookBody {
  url?: string;
  events?: WebhookEventType[];
  description?: string | null;
  enabled?: boolean;
}

/** Schema of {@link PatchWebhookBody}. */
export const PATCH_WEBHOOK_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    url: URL_FIELD,
    events: EVENTS,
    description: { anyOf: [DESCRIPTION, { type: 'null' }] },
    enabled: {
      type: 'boolean',
      description:
        '`true` turns an endpoint back on after PayCore disabled it (its waiting deliveries resume)',
    },
  },
};

/** An endpoint as answered (never its secret). */
export const WEBHOOK: JsonSchema = {
  type: 'object',
  required: [
    'id',
    'url',
    'events',
    'description',
    'enabled',
    'disabledReason',
    'failingSince',
    'previousSecretUntil',
    'createdAt',
    'updatedAt',
  ],
  properties: {
    id: { type: 'string' },
    url: { type: 'string' },
    events: { type: 'array', items: { enum: [...WEBHOOK_EVENT_TYPES] } },
    description: { type: ['string', 'null'] },
    enabled: { type: 'boolean' },
    disabledReason: {
      type: ['string', 'null'],
      description: 'Why PayCore disabled the endpoint: it failed every delivery for the whole retry window',
    },
    failingSince: {
      anyOf: [TIMESTAMP, { type: 'null' }],
      description: 'The first failed attempt of the current run of failures',
    },
    previousSecretUntil: {
      anyOf: [TIMESTAMP, { type: 'null' }],
      description: 'After a rotation, the old secret signs too until then',
    },
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
  },
};

/** A new endpoint or a rotated secret: the only time the secret is shown. */
export const WEBHOOK_WITH_SECRET: JsonSchema = {
  type: 'object',
  required: ['webhook', 'secret'],
  properties: {
    webhook: WEBHOOK,
    secret: {
      type: 'string',
      description: 'The signing secret (`whsec_…`) for `PayCore-Signature`; shown only now',
    },
  },
};

/** One delivery of an event to an endpoint, with its attempts. */
export const WEBHOOK_DELIVERY: JsonSchema = {
  type: 'object',
  required: ['id', 'eventId', 'eventType', 'state', 'attempts', 'nextAttemptAt', 'createdAt', 'completedAt'],
  properties: {
    id: { type: 'string' },
    eventId: { type: 'string', description: 'The event id: the same on every delivery of the event' },
    eventType: { type: 'string' },
    state: {
      enum: ['pending', 'succeeded', 'failed'],
      description: '`pending`: waiting for its (next) attempt or being sent; `failed`: given up',
    },
    attempts: {
      type: 'array',
      description: 'Newest first',
      items: {
        type: 'object',
        required: ['attempt', 'at', 'statusCode', 'latencyMs', 'error', 'responseExcerpt'],
        properties: {
          attempt: { type: 'integer' },
          at: TIMESTAMP,
          statusCode: { type: ['integer', 'null'], description: 'null when no answer came' },
          latencyMs: { type: 'integer' },
          error: { type: ['string', 'null'] },
          responseExcerpt: { type: ['string', 'null'], description: 'The start of the answer body' },
        },
      },
    },
    nextAttemptAt: { anyOf: [TIMESTAMP, { type: 'null' }] },
    createdAt: TIMESTAMP,
    completedAt: { anyOf: [TIMESTAMP, { type: 'null' }] },
  },
};

/** Query of the delivery log. */
export const DELIVERIES_QUERY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { limit: { type: 'integer', minimum: 1, maximum: 200, description: 'Default 50' } },
};

/** `POST …/webhooks/:webhookId/test`. */
export const TEST_EVENT_RESULT: JsonSchema = {
  type: 'object',
  required: ['eventId'],
  properties: { eventId: { type: 'string' } },
};
