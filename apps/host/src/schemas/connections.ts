import { CONNECTOR_FAULT_KINDS, VERIFY_FAILURE_REASONS } from '@paycore/core';
import { CONNECTION_HEALTH } from '@paycore/webhooks';
import type { JsonSchema } from '../http/validate.js';
import { CONNECTION_EVENT_TYPES } from '../store/events.js';
import { ACTOR, TIMESTAMP } from './common.js';
import { CONNECTION_SERVICES } from './services.js';

const PROVIDER_ID: JsonSchema = { type: 'string', minLength: 1, maxLength: 100 };
const ENVIRONMENT: JsonSchema = { enum: ['sandbox', 'live'] };
const CREDENTIALS: JsonSchema = {
  type: 'object',
  maxProperties: 50,
  additionalProperties: true,
  description: "Values for the provider's credential form; checked against its JSON Schema",
};

/** A scalar detail of a verified account, or a list of codes. */
const ACCOUNT_DETAIL: JsonSchema = {
  anyOf: [{ type: ['string', 'number', 'boolean', 'null'] }, { type: 'array', items: { type: 'string' } }],
};

/** Who the provider says the account is (`VerifiedAccount` of @paycore/core); other details are scalars. */
export const VERIFIED_ACCOUNT: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', description: "The provider's id of the account" },
    name: { type: 'string', description: "The account's business or display name" },
    email: { type: 'string' },
    country: { type: 'string', description: 'ISO 3166-1 alpha-2' },
    defaultCurrency: { type: 'string', description: 'ISO 4217' },
    currencies: { type: 'array', items: { type: 'string' }, description: 'ISO 4217 codes' },
    livemode: { type: 'boolean', description: '`true` for a live account, `false` for a test one' },
  },
  additionalProperties: ACCOUNT_DETAIL,
};
const LABEL: JsonSchema = { type: 'string', minLength: 1, maxLength: 100 };

/** The platform's own id of an end user. */
export const END_USER_ID: JsonSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  pattern: '^[^\\u0000]+$',
};

/** A platform's end user, as connect sessions take and connections carry them. */
export const END_USER: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id: { ...END_USER_ID, description: "The platform's own id of the end user" },
    email: { type: 'string', format: 'email', maxLength: 320 },
    displayName: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[^\\u0000]+$' },
  },
};

/** Body of `POST /api/orgs/:orgId/connections/check`. */
export interface CheckBody {
  providerId: string;
  environment: 'sandbox' | 'live';
  credentials: Record<string, unknown>;
}

/** Schema of {@link CheckBody}. */
export const CHECK_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['providerId', 'environment', 'credentials'],
  properties: { providerId: PROVIDER_ID, environment: ENVIRONMENT, credentials: CREDENTIALS },
};

/** Body of `POST /api/orgs/:orgId/connections`. */
export interface ConnectBody extends CheckBody {
  label?: string;
  connectAgain?: boolean;
}

/** Schema of {@link ConnectBody}. */
export const CONNECT_BODY: JsonSchema = {
  ...CHECK_BODY,
  properties: {
    ...(CHECK_BODY.properties as object),
    label: LABEL,
    connectAgain: {
      type: 'boolean',
      description:
        'Connect an account the organisation already has (same account id and environment) once more, under another `label`; without it that is 409 `conflict`',
    },
  },
};

/** Body of `PATCH /api/orgs/:orgId/connections/:connectionId`. */
export interface PatchConnectionBody {
  label?: string | null;
  credentials?: Record<string, unknown>;
}

/** Schema of {@link PatchConnectionBody}. */
export const PATCH_CONNECTION_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    label: { anyOf: [LABEL, { type: 'null' }] },
    credentials: {
      ...CREDENTIALS,
      description:
        'The whole form; secret fields left out keep their stored value. Changed credentials are verified first.',
    },
  },
};

/** A verify outcome: the account confirmed, or why not. */
export const VERIFY_RESULT: JsonSchema = {
  oneOf: [
    {
      type: 'object',
      required: ['ok'],
      properties: {
        ok: { const: true },
        account: { ...VERIFIED_ACCOUNT, description: 'Account details the provider reported' },
        services: {
          ...CONNECTION_SERVICES,
          description: 'The services the account has (what connecting would enable)',
        },
      },
    },
    {
      type: 'object',
      required: ['ok', 'reason', 'message', 'retryable'],
      properties: {
        ok: { const: false },
        reason: {
          enum: [...VERIFY_FAILURE_REASONS, 'connector_failed'],
          description:
            '`connector_failed`: the connector\u2019s own code failed (see `fault`), not the credentials or the provider',
        },
        fault: {
          enum: [...CONNECTOR_FAULT_KINDS, 'circuit_open'],
          description:
            'With `connector_failed`: what the connector did, or `circuit_open` while its checks are paused',
        },
        message: { type: 'string' },
        fields: { type: 'array', items: { type: 'string' }, description: 'The credential fields at fault' },
        retryable: { type: 'boolean' },
      },
    },
  ],
};

/** A connection as answered (never a secret value). */
export const CONNECTION: JsonSchema = {
  type: 'object',
  required: [
    'id',
    'organisationId',
    'providerId',
    'providerName',
    'environment',
    'label',
    'credentials',
    'secretHints',
    'health',
    'credentialsVersion',
    'account',
    'lastCheckedAt',
    'lastSuccessAt',
    'nextCheckAt',
    'lastVerification',
    'endUser',
    'createdAt',
    'createdBy',
    'updatedAt',
    'updatedBy',
  ],
  properties: {
    id: { type: 'string' },
    organisationId: { type: 'string' },
    providerId: { type: 'string' },
    providerName: { type: 'string' },
    environment: ENVIRONMENT,
    label: { type: ['string', 'null'] },
    credentials: {
      type: 'object',
      additionalProperties: true,
      description: 'The non-secret credential fields',
    },
    secretHints: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'Secret field → masked hint (last four characters of long values)',
    },
    health: {
      enum: [...CONNECTION_HEALTH],
      description:
        '`healthy`: the last check passed. `degraded`: the provider could not be reached (not the credentials\u2019 fault; checks retry with backoff). `needs_reconnect`: the provider rejected the credentials, or its form changed',
    },
    credentialsVersion: { type: 'integer' },
    account: { anyOf: [VERIFIED_ACCOUNT, { type: 'null' }] },
    lastCheckedAt: {
      anyOf: [TIMESTAMP, { type: 'null' }],
      description: 'The last verify of the stored credentials, scheduled or asked for',
    },
    lastSuccessAt: { anyOf: [TIMESTAMP, { type: 'null' }] },
    nextCheckAt: {
      anyOf: [TIMESTAMP, { type: 'null' }],
      description: 'When the next scheduled check is due',
    },
    lastVerification: {
      anyOf: [
        {
          type: 'object',
          required: ['ok'],
          properties: { ok: { type: 'boolean' }, reason: { type: 'string' }, message: { type: 'string' } },
        },
        { type: 'null' },
      ],
    },
    endUser: {
      anyOf: [END_USER, { type: 'null' }],
      description:
        "The platform's end user who connected (or last reconnected) it through a connect session; null otherwise",
    },
    createdAt: TIMESTAMP,
    createdBy: ACTOR,
    updatedAt: TIMESTAMP,
    updatedBy: ACTOR,
  },
};

/** Query of `GET /api/orgs/:orgId/connections`. */
export interface ListConnectionsQuery {
  endUserId?: string;
}

/** Schema of {@link ListConnectionsQuery}. */
export const LIST_CONNECTIONS_QUERY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    endUserId: {
      ...END_USER_ID,
      description: "Only the connections of this end user (the platform's own id for them)",
    },
  },
};

/** `POST …/connections/:connectionId/verify`. */
export const REVERIFY_RESULT: JsonSchema = {
  type: 'object',
  required: ['connection', 'result'],
  properties: { connection: CONNECTION, result: VERIFY_RESULT },
};

/** One event of a connection's history. */
export const CONNECTION_EVENT: JsonSchema = {
  type: 'object',
  required: ['id', 'type', 'actor', 'at'],
  properties: {
    id: { type: 'string' },
    type: { enum: [...CONNECTION_EVENT_TYPES] },
    ok: { type: 'boolean' },
    reason: { type: 'string' },
    message: { type: 'string' },
    changes: {
      type: 'array',
      description:
        'For `updated`: the label from and to, and the credential fields that got new values (names only)',
      items: {
        oneOf: [
          {
            type: 'object',
            required: ['field', 'from', 'to'],
            properties: {
              field: { const: 'label' },
              from: { type: ['string', 'null'] },
              to: { type: ['string', 'null'] },
            },
          },
          {
            type: 'object',
            required: ['field', 'replaced'],
            properties: {
              field: { const: 'credentials' },
              replaced: { type: 'array', items: { type: 'string' } },
            },
          },
        ],
      },
    },
    actor: ACTOR,
    at: TIMESTAMP,
  },
};
