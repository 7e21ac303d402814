import { KEY_ROLES, type KeyRole } from '../access/roles.js';
import { DURATION_PATTERN } from '../duration.js';
import type { JsonSchema } from '../http/validate.js';
import { BRAND, type Brand } from './brand.js';
import { CURRENCY_CODE, TIMESTAMP } from './common.js';

/** Body of `POST /api/orgs`. */
export interface CreateOrgBody {
  name: string;
}

/** Schema of {@link CreateOrgBody}. */
export const CREATE_ORG_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: { type: 'string', minLength: 1, maxLength: 100 } },
};

/** Body of `PATCH /api/orgs/:orgId`. */
export interface PatchOrgBody {
  name?: string;
  defaultCurrency?: string;
  enabledCurrencies?: string[];
  checkInterval?: string | null;
  brand?: Brand | null;
}

/** An organisation's time between checks: from a minute to 30 days. */
export const CHECK_INTERVAL: JsonSchema = {
  type: 'string',
  pattern: DURATION_PATTERN,
  description:
    "Time between two scheduled checks of each connection, e.g. `6h`, `30m`, `7d` (1 minute to 30 days); null for the host's default",
  examples: ['6h'],
};

/** Schema of {@link PatchOrgBody}. */
export const PATCH_ORG_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    defaultCurrency: CURRENCY_CODE,
    enabledCurrencies: { type: 'array', minItems: 1, maxItems: 200, uniqueItems: true, items: CURRENCY_CODE },
    checkInterval: { anyOf: [CHECK_INTERVAL, { type: 'null' }] },
    brand: {
      anyOf: [BRAND, { type: 'null' }],
      description: "The hosted connect page's look (replaced whole); null for PayCore's",
    },
  },
};

/** Body of `POST /api/orgs/:orgId/api-keys`. */
export interface CreateApiKeyBody {
  name: string;
  role?: KeyRole;
}

/** Schema of {@link CreateApiKeyBody}. */
export const CREATE_API_KEY_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    role: {
      enum: [...KEY_ROLES],
      description: 'What the key may do (default `developer`); no stronger than the caller’s role',
    },
  },
};

/** An API key as listed. */
export const API_KEY: JsonSchema = {
  type: 'object',
  required: ['id', 'name', 'hint', 'role', 'createdBy', 'createdAt', 'lastUsedAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    hint: { type: 'string', description: 'The last four characters' },
    role: { enum: [...KEY_ROLES] },
    createdBy: { type: 'string' },
    createdAt: TIMESTAMP,
    lastUsedAt: { anyOf: [TIMESTAMP, { type: 'null' }] },
  },
};

/** A new API key, the only time the key is shown. */
export const NEW_API_KEY: JsonSchema = {
  type: 'object',
  required: ['apiKey', 'key'],
  properties: {
    apiKey: API_KEY,
    key: { type: 'string', description: 'Send as `Authorization: Bearer <key>`; shown only now' },
  },
};
