import type { JsonSchema } from '../http/validate.js';
import { ACTOR_TYPES } from '../store/actor.js';
import { AUDIT_ACTIONS } from '../store/audit.js';
import { ACTOR, TIMESTAMP } from './common.js';

/** One audit log entry as answered. */
export const AUDIT_ENTRY: JsonSchema = {
  type: 'object',
  required: ['id', 'at', 'action', 'actor', 'target', 'details', 'ip', 'userAgent'],
  properties: {
    id: { type: 'string' },
    at: TIMESTAMP,
    action: { enum: [...AUDIT_ACTIONS] },
    actor: {
      ...ACTOR,
      properties: {
        ...(ACTOR.properties as Record<string, JsonSchema>),
        label: { type: ['string', 'null'], description: 'The user’s e-mail or the key’s name then' },
      },
    },
    target: {
      anyOf: [
        {
          type: 'object',
          required: ['type', 'id'],
          properties: { type: { type: 'string' }, id: { type: 'string' } },
        },
        { type: 'null' },
      ],
    },
    details: {
      type: 'object',
      additionalProperties: true,
      description: 'What changed: field names, roles, results; never a secret value',
    },
    ip: { type: ['string', 'null'], description: 'The client address (see `PAYCORE_TRUST_PROXY`)' },
    userAgent: { type: ['string', 'null'] },
  },
};

/** Query of `GET /api/orgs/:orgId/audit`. */
export interface AuditQuery {
  actorType?: string;
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

const TEXT: JsonSchema = { type: 'string', minLength: 1, maxLength: 100 };

/** Schema of {@link AuditQuery}. */
export const AUDIT_QUERY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    actorType: { enum: [...ACTOR_TYPES], description: 'Only entries by this kind of actor' },
    actorId: { ...TEXT, description: 'Only entries by this user (`usr_…`) or key (`key_…`)' },
    action: { enum: [...AUDIT_ACTIONS], description: 'Only this action' },
    targetType: { ...TEXT, description: 'Only changes to this kind of thing (`connection`, `user`, …)' },
    targetId: { ...TEXT, description: 'Only changes to this connection, key, member, …' },
    from: { ...TIMESTAMP, description: 'Entries at or after this time' },
    to: { ...TIMESTAMP, description: 'Entries before this time' },
    cursor: { type: 'string', maxLength: 200, description: 'The `nextCursor` of the previous page' },
    limit: { type: 'integer', minimum: 1, maximum: 200, description: 'Entries per page (default 50)' },
  },
};

/** A page of the audit log. */
export const AUDIT_PAGE: JsonSchema = {
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: {
    items: { type: 'array', items: AUDIT_ENTRY },
    nextCursor: {
      type: ['string', 'null'],
      description: 'Pass as `cursor` for the next (older) page; null at the end',
    },
  },
};
