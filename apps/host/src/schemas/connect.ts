import type { JsonSchema } from '../http/validate.js';
import { BRAND } from './brand.js';
import { TIMESTAMP } from './common.js';
import { CHECK_BODY, type CheckBody, END_USER } from './connections.js';
import { DIRECTORY_ITEM } from './providers.js';
import type { EndUser } from '../store/connect-sessions.js';

/** A session lives 30 minutes unless the platform asks for another span. */
export const DEFAULT_SESSION_TTL_SECONDS = 30 * 60;

const PROVIDER_ID: JsonSchema = { type: 'string', minLength: 1, maxLength: 100 };
const ENVIRONMENT: JsonSchema = { enum: ['sandbox', 'live'] };

/** Body of `POST /api/orgs/:orgId/connect-sessions`. */
export interface CreateConnectSessionBody {
  endUser: EndUser;
  allowedProviders?: string[];
  environments?: ('sandbox' | 'live')[];
  reconnect?: { connectionId: string };
  returnUrl?: string;
  allowedOrigins?: string[];
  expiresInSeconds?: number;
}

/** Schema of {@link CreateConnectSessionBody}. */
export const CREATE_CONNECT_SESSION_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['endUser'],
  properties: {
    endUser: { ...END_USER, description: 'Your end user, who the connection will belong to' },
    allowedProviders: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      items: PROVIDER_ID,
      description: 'Ready providers the end user may choose from; every ready provider when absent',
    },
    environments: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: ENVIRONMENT,
      description: 'Environments the end user may connect in; both when absent',
    },
    reconnect: {
      type: 'object',
      additionalProperties: false,
      required: ['connectionId'],
      properties: { connectionId: { type: 'string', minLength: 1, maxLength: 100 } },
      description:
        'Reconnect mode: the end user enters new credentials for this connection, which keeps its id',
    },
    returnUrl: {
      type: 'string',
      maxLength: 2000,
      description:
        'Where the full-page flow returns, with `?connectionId=`: https, or http on localhost / 127.0.0.1',
    },
    allowedOrigins: {
      type: 'array',
      maxItems: 10,
      uniqueItems: true,
      items: { type: 'string', maxLength: 300 },
      description:
        'Origins of your pages that open the flow in a popup or an iframe (`https://app.example.com`): only they may frame the page and receive its messages',
    },
    expiresInSeconds: {
      type: 'integer',
      minimum: 60,
      maximum: 86_400,
      description: `How long the token works; ${DEFAULT_SESSION_TTL_SECONDS} s when absent`,
    },
  },
};

/** `201` of `POST /api/orgs/:orgId/connect-sessions`. */
export const CONNECT_SESSION_CREATED: JsonSchema = {
  type: 'object',
  required: ['id', 'token', 'url', 'expiresAt'],
  properties: {
    id: { type: 'string', description: 'The session id (`cs_…`), to revoke it' },
    token: {
      type: 'string',
      description: 'The session token (`pccs_…`); shown only now. Hand it to nobody but your end user',
    },
    url: {
      type: 'string',
      description:
        'The hosted connect page with the token in its fragment (never sent to a server); open it with `@paycore/connect` or redirect to it',
    },
    expiresAt: TIMESTAMP,
  },
};

/** `GET /api/connect/session`: what the connect page shows. */
export const CONNECT_SESSION_VIEW: JsonSchema = {
  type: 'object',
  required: ['id', 'expiresAt', 'endUser', 'organisation', 'providers', 'environments', 'reconnect'],
  properties: {
    id: { type: 'string' },
    expiresAt: TIMESTAMP,
    endUser: END_USER,
    organisation: {
      type: 'object',
      required: ['name', 'brand'],
      properties: { name: { type: 'string' }, brand: { anyOf: [BRAND, { type: 'null' }] } },
    },
    providers: {
      type: 'array',
      items: DIRECTORY_ITEM,
      description: 'The ready providers the end user may connect (the public directory entries)',
    },
    environments: { type: 'array', items: ENVIRONMENT },
    reconnect: {
      anyOf: [
        {
          type: 'object',
          required: ['connectionId', 'providerId', 'providerName', 'environment', 'label'],
          properties: {
            connectionId: { type: 'string' },
            providerId: { type: 'string' },
            providerName: { type: 'string' },
            environment: ENVIRONMENT,
            label: { type: ['string', 'null'] },
          },
        },
        { type: 'null' },
      ],
    },
    returnUrl: { type: ['string', 'null'] },
    allowedOrigins: { type: 'array', items: { type: 'string' } },
  },
};

/** Body of `POST /api/connect/check`. */
export type ConnectCheckBody = CheckBody;

/** Schema of {@link ConnectCheckBody}. */
export const CONNECT_CHECK_BODY: JsonSchema = CHECK_BODY;

/** Body of `POST /api/connect/connections`. */
export interface ConnectConnectionBody extends CheckBody {
  label?: string;
}

/** Schema of {@link ConnectConnectionBody}. */
export const CONNECT_CONNECTION_BODY: JsonSchema = {
  ...CHECK_BODY,
  properties: {
    ...(CHECK_BODY.properties as object),
    label: { type: 'string', minLength: 1, maxLength: 100 },
  },
};

/** What the connect page learns of the connection it made: enough to say so, nothing more. */
export const CONNECT_RESULT: JsonSchema = {
  type: 'object',
  required: ['connection', 'returnUrl'],
  properties: {
    connection: {
      type: 'object',
      required: ['id', 'providerId', 'providerName', 'environment', 'endUser'],
      properties: {
        id: { type: 'string' },
        providerId: { type: 'string' },
        providerName: { type: 'string' },
        environment: ENVIRONMENT,
        endUser: END_USER,
      },
    },
    returnUrl: {
      type: ['string', 'null'],
      description: 'The session\u2019s `returnUrl` with `connectionId` added, for the full-page flow',
    },
  },
};
