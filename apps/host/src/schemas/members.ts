import { ROLES, type Role } from '../access/roles.js';
import type { JsonSchema } from '../http/validate.js';
import { ACTOR, TIMESTAMP } from './common.js';

const EMAIL: JsonSchema = { type: 'string', format: 'email', maxLength: 254 };
/** A role a member can be given: every role but `owner`, which only a transfer hands on. */
const GRANTABLE_ROLE: JsonSchema = { enum: ROLES.filter((role) => role !== 'owner') };
/** An invitation token (from the link's `#token=`). */
const TOKEN: JsonSchema = { type: 'string', minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' };

/** A member as answered. */
export const MEMBER: JsonSchema = {
  type: 'object',
  required: ['userId', 'email', 'role', 'joinedAt'],
  properties: {
    userId: { type: 'string' },
    email: { type: 'string' },
    role: { enum: [...ROLES] },
    joinedAt: TIMESTAMP,
  },
};

/** A pending invitation as answered (never its token). */
export const INVITATION: JsonSchema = {
  type: 'object',
  required: ['id', 'email', 'role', 'invitedBy', 'createdAt', 'expiresAt'],
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    role: GRANTABLE_ROLE,
    invitedBy: ACTOR,
    createdAt: TIMESTAMP,
    expiresAt: TIMESTAMP,
  },
};

/** What the holder of an invitation link may see before accepting it. */
export const INVITATION_PREVIEW: JsonSchema = {
  type: 'object',
  required: ['orgName', 'email', 'role', 'expiresAt', 'state'],
  properties: {
    orgName: { type: 'string' },
    email: { type: 'string' },
    role: GRANTABLE_ROLE,
    expiresAt: TIMESTAMP,
    state: { enum: ['pending', 'accepted', 'revoked', 'expired'] },
  },
};

/** Body of `POST /api/orgs/:orgId/invitations`. */
export interface InviteBody {
  email: string;
  role: Exclude<Role, 'owner'>;
}

/** Schema of {@link InviteBody}. */
export const INVITE_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'role'],
  properties: { email: EMAIL, role: GRANTABLE_ROLE },
};

/** Body of `PATCH /api/orgs/:orgId/members/:userId`. */
export interface MemberRoleBody {
  role: Exclude<Role, 'owner'>;
}

/** Schema of {@link MemberRoleBody}. */
export const MEMBER_ROLE_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['role'],
  properties: { role: GRANTABLE_ROLE },
};

/** Body of `POST /api/orgs/:orgId/transfer-ownership`. */
export interface TransferBody {
  userId: string;
}

/** Schema of {@link TransferBody}. */
export const TRANSFER_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['userId'],
  properties: { userId: { type: 'string', minLength: 1, maxLength: 100 } },
};

/** Body of the invitation routes that carry the link's token. */
export interface TokenBody {
  token: string;
}

/** Schema of {@link TokenBody}. */
export const TOKEN_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['token'],
  properties: { token: TOKEN },
};
