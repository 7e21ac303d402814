import type { JsonSchema } from '../http/validate.js';
import { TIMESTAMP } from './common.js';

const DIRECTION: JsonSchema = { enum: ['payment', 'payout'] };
const CODE: JsonSchema = { type: 'string', minLength: 1, maxLength: 100 };
const CURRENCY: JsonSchema = { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217' };

/** One service of a connection. */
export const SERVICE: JsonSchema = {
  type: 'object',
  required: ['direction', 'method', 'currency', 'source', 'available', 'enabled'],
  properties: {
    direction: DIRECTION,
    method: { ...CODE, description: 'Payment or payout method code (OpenFinTech)' },
    methodName: { type: 'string' },
    currency: CURRENCY,
    flow: { type: 'string' },
    source: {
      enum: ['account', 'manifest'],
      description:
        '`account`: read from the account; `manifest`: assumed from the connector (the account could not be read)',
    },
    available: { type: 'boolean', description: 'Whether the account can take it' },
    reason: { type: 'string', description: 'Why it is not available' },
    enabled: { type: 'boolean', description: 'Whether the merchant uses it (only when available)' },
  },
};

/** `GET …/connections/:connectionId/services`. */
export const CONNECTION_SERVICES: JsonSchema = {
  type: 'object',
  required: ['source', 'discoveredAt', 'items'],
  properties: {
    source: { enum: ['account', 'manifest'] },
    discoveredAt: TIMESTAMP,
    note: {
      type: 'string',
      description: 'Why the services come from the manifest, or why the last read failed',
    },
    items: { type: 'array', items: SERVICE },
  },
};

/** Body of `PATCH …/connections/:connectionId/services`. */
export interface PatchServicesBody {
  items: {
    direction: 'payment' | 'payout';
    method: string;
    currency: string;
    flow?: string;
    enabled: boolean;
  }[];
}

/** Schema of {@link PatchServicesBody}. */
export const PATCH_SERVICES_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['direction', 'method', 'currency', 'enabled'],
        properties: {
          direction: DIRECTION,
          method: CODE,
          currency: CURRENCY,
          flow: CODE,
          enabled: { type: 'boolean' },
        },
      },
    },
  },
};

/** Query of `GET /api/orgs/:orgId/services`. */
export interface ServicesQuery {
  direction?: 'payment' | 'payout';
  method?: string;
  currency?: string;
  country?: string;
}

/** Schema of {@link ServicesQuery}. */
export const SERVICES_QUERY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    direction: DIRECTION,
    method: CODE,
    currency: CURRENCY,
    country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' },
  },
};

/** One answer of "where can I take …": a usable service of one connection. */
export const ORG_SERVICE: JsonSchema = {
  type: 'object',
  required: [
    'connectionId',
    'providerId',
    'providerName',
    'environment',
    'label',
    'direction',
    'method',
    'currency',
  ],
  properties: {
    connectionId: { type: 'string' },
    providerId: { type: 'string' },
    providerName: { type: 'string' },
    environment: { enum: ['sandbox', 'live'] },
    label: { type: ['string', 'null'] },
    direction: DIRECTION,
    method: CODE,
    methodName: { type: 'string' },
    currency: CURRENCY,
    flow: { type: 'string' },
  },
};
