/**
 * Roles and the permission matrix: the one table that says who may do what in an organisation.
 * Every organisation route names the permission it needs (`RouteSpec.permission`); the route
 * table refuses a caller whose role lacks it with 403 `forbidden`.
 */

/** The roles of an organisation's members, strongest first. */
export const ROLES = ['owner', 'admin', 'developer', 'viewer'] as const;

/** A member's (or an API key's) role. */
export type Role = (typeof ROLES)[number];

/** The roles an API key may carry: every role but `owner`, which is a person. */
export const KEY_ROLES = ['admin', 'developer', 'viewer'] as const;

/** An API key's role. */
export type KeyRole = (typeof KEY_ROLES)[number];

/** What a role may do. */
export const PERMISSIONS = [
  'connections.view',
  'connections.manage_sandbox',
  'connections.manage_live',
  'api_keys',
  'webhooks',
  'members',
  'settings',
  'audit.view',
  'ownership',
] as const;

/** One permission of {@link PERMISSION_MATRIX}. */
export type Permission = (typeof PERMISSIONS)[number];

/** The permission matrix: each permission and the roles that have it. */
export const PERMISSION_MATRIX: Readonly<Record<Permission, { roles: readonly Role[]; what: string }>> = {
  'connections.view': {
    roles: ['owner', 'admin', 'developer', 'viewer'],
    what: 'view connections, their history and services, and connection requests',
  },
  'connections.manage_sandbox': {
    roles: ['owner', 'admin', 'developer'],
    what: 'check, connect, change, verify, switch services of and delete sandbox connections; request providers',
  },
  'connections.manage_live': {
    roles: ['owner', 'admin'],
    what: 'check, connect, change, verify, switch services of and delete live connections',
  },
  api_keys: {
    roles: ['owner', 'admin', 'developer'],
    what: 'list, create (with a role no stronger than the caller’s) and revoke API keys',
  },
  webhooks: {
    roles: ['owner', 'admin', 'developer'],
    what: 'manage webhook endpoints, their secrets, tests and delivery logs',
  },
  members: {
    roles: ['owner', 'admin'],
    what: 'invite, change the role of and remove members (up to the caller’s own role, never the owner)',
  },
  settings: {
    roles: ['owner', 'admin'],
    what: 'change the organisation’s name, currencies and check interval',
  },
  'audit.view': { roles: ['owner', 'admin'], what: 'read the audit log' },
  ownership: {
    roles: ['owner'],
    what: 'transfer ownership to another member and require two-factor sign-in of members',
  },
};

/** Rank of a role: a higher number has every right of a lower one. */
const RANK: Readonly<Record<Role, number>> = { owner: 4, admin: 3, developer: 2, viewer: 1 };

/** True when `role` has `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_MATRIX[permission].roles.includes(role);
}

/** True when `role` has every right of `other` (so it may grant or create it). */
export function covers(role: Role, other: Role): boolean {
  return RANK[role] >= RANK[other];
}

/** True when `value` is a role. */
export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/** The permission that managing a connection in this environment needs. */
export function managePermission(environment: string): Permission {
  return environment === 'sandbox' ? 'connections.manage_sandbox' : 'connections.manage_live';
}
