import type { JsonSchema } from '../http/validate.js';
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
}

/** Schema of {@link PatchOrgBody}. */
export const PATCH_ORG_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    defaultCurrency: CURRENCY_CODE,
    enabledCurrencies: { type: 'array', minItems: 1, maxItems: 200, uniqueItems: true, items: CURRENCY_CODE },
  },
};

/** Body of `POST /api/orgs/:orgId/api-keys`. */
export interface CreateApiKeyBody {
  name: string;
}

/** Schema of {@link CreateApiKeyBody}. */
export const CREATE_API_KEY_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: { type: 'string', minLength: 1, maxLength: 100 } },
};

/** An API key as listed. */
export const API_KEY: JsonSchema = {
  type: 'object',
  required: ['id', 'name', 'hint', 'createdBy', 'createdAt', 'lastUsedAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    hint: { type: 'string', description: 'The last four characters' },
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
