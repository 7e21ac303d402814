import { covers, type Role } from '../access/roles.js';
import type { AppDeps } from '../deps.js';
import type { Api } from '../http/api.js';
import { auditContext } from '../http/audit-context.js';
import type { AuthInfo } from '../http/auth.js';
import { ApiError, notFound } from '../http/errors.js';
import { COMMON_ERRORS, errorResponse, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  MEMBER,
  MEMBER_ROLE_BODY,
  type MemberRoleBody,
  TRANSFER_BODY,
  type TransferBody,
} from '../schemas/members.js';
import { appendAudit } from '../store/audit.js';
import {
  getMember,
  listMembers,
  type Member,
  removeMember,
  setMemberRole,
  transferOwnership,
} from '../store/members.js';

const OWNER_STAYS =
  'The owner cannot be demoted, removed or leave: transfer ownership to another member first';

/** A member the caller may change: never the owner, and no one stronger than the caller. */
function changeable(auth: AuthInfo, member: Member | undefined, to?: Role): Member {
  if (!member) throw notFound('The member');
  if (member.role === 'owner') throw new ApiError('conflict', OWNER_STAYS);
  if (!covers(auth.role!, member.role) || (to !== undefined && !covers(auth.role!, to)))
    throw new ApiError(
      'forbidden',
      `A ${auth.role} cannot change a ${member.role}${to ? ` into a ${to}` : ''}: only roles up to their own`,
    );
  return member;
}

/** Members of an organisation: list, change role, remove, leave, transfer ownership. */
export function registerMemberRoutes(api: Api, deps: AppDeps): void {
  const { db } = deps;
  const params = { orgId: PARAMS.orgId };
  const memberParams = { ...params, userId: 'User id (`usr_…`)' };

  api.route(
    {
      method: 'get',
      path: '/api/orgs/:orgId/members',
      operationId: 'listMembers',
      summary: "The organisation's members and their roles, the owner first",
      tag: 'members',
      auth: 'org',
      permission: 'member',
      params,
      responses: { 200: { description: 'Members', schema: listOf(MEMBER) }, ...ORG_ERRORS },
    },
    async ({ auth }) => ({ body: { items: await listMembers(db, auth.orgId!) } }),
  );

  api.route<MemberRoleBody>(
    {
      method: 'patch',
      path: '/api/orgs/:orgId/members/:userId',
      operationId: 'changeMemberRole',
      summary: "Change a member's role",
      description:
        'Up to the caller’s own role, for members no stronger than the caller. The owner’s role changes only by a transfer (409).',
      tag: 'members',
      auth: 'org',
      permission: 'members',
      params: memberParams,
      body: MEMBER_ROLE_BODY,
      responses: {
        200: { description: 'The member', schema: MEMBER },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        409: errorResponse('The member is the owner (`conflict`)'),
      },
    },
    async ({ req, auth, params: p, body }) => {
      const member = await db.transaction(async (tx) => {
        const current = changeable(auth, await getMember(tx, auth.orgId!, p.userId!), body.role);
        if (current.role === body.role) return current;
        await setMemberRole(tx, auth.orgId!, current.userId, body.role);
        await appendAudit(
          tx,
          auth.orgId!,
          auditContext(req, auth),
          'member.role_changed',
          {
            type: 'user',
            id: current.userId,
          },
          { email: current.email, from: current.role, to: body.role },
        );
        return { ...current, role: body.role };
      });
      return { body: member };
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/orgs/:orgId/members/:userId',
      operationId: 'removeMember',
      summary: 'Remove a member from the organisation',
      tag: 'members',
      auth: 'org',
      permission: 'members',
      params: memberParams,
      responses: {
        204: { description: 'Removed' },
        ...ORG_ERRORS,
        409: errorResponse('The member is the owner (`conflict`)'),
      },
    },
    async ({ req, auth, params: p }) => {
      await db.transaction(async (tx) => {
        const member = changeable(auth, await getMember(tx, auth.orgId!, p.userId!));
        await removeMember(tx, auth.orgId!, member.userId);
        await appendAudit(
          tx,
          auth.orgId!,
          auditContext(req, auth),
          'member.removed',
          {
            type: 'user',
            id: member.userId,
          },
          { email: member.email, role: member.role },
        );
      });
      return { status: 204 };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/orgs/:orgId/leave',
      operationId: 'leaveOrganisation',
      summary: 'Leave the organisation (the signed-in member)',
      description: 'The owner cannot leave (409): transfer ownership first. API keys cannot leave (403).',
      tag: 'members',
      auth: 'org',
      permission: 'member',
      params,
      responses: {
        204: { description: 'Left' },
        ...ORG_ERRORS,
        409: errorResponse('The caller is the owner (`conflict`)'),
      },
    },
    async ({ req, auth }) => {
      if (auth.via !== 'session') throw new ApiError('forbidden', 'Only a signed-in member can leave');
      const userId = auth.session!.user.id;
      await db.transaction(async (tx) => {
        const member = await getMember(tx, auth.orgId!, userId);
        if (!member) throw notFound('The organisation');
        if (member.role === 'owner') throw new ApiError('conflict', OWNER_STAYS);
        await removeMember(tx, auth.orgId!, userId);
        await appendAudit(
          tx,
          auth.orgId!,
          auditContext(req, auth),
          'member.left',
          {
            type: 'user',
            id: userId,
          },
          { email: member.email, role: member.role },
        );
      });
      return { status: 204 };
    },
  );

  api.route<TransferBody>(
    {
      method: 'post',
      path: '/api/orgs/:orgId/transfer-ownership',
      operationId: 'transferOwnership',
      summary: 'Hand the ownership to another member; the owner becomes an admin',
      tag: 'members',
      auth: 'org',
      permission: 'ownership',
      params,
      body: TRANSFER_BODY,
      responses: {
        200: { description: 'The members after the transfer', schema: listOf(MEMBER) },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        409: errorResponse('The member named is already the owner (`conflict`)'),
      },
    },
    async ({ req, auth, body }) => {
      if (auth.via !== 'session')
        throw new ApiError('forbidden', 'Only the signed-in owner can transfer ownership');
      const ownerId = auth.session!.user.id;
      await db.transaction(async (tx) => {
        const next = await getMember(tx, auth.orgId!, body.userId);
        if (!next) throw notFound('The member');
        if (next.userId === ownerId) throw new ApiError('conflict', 'You are the owner already');
        await transferOwnership(tx, auth.orgId!, ownerId, next.userId);
        await appendAudit(
          tx,
          auth.orgId!,
          auditContext(req, auth),
          'ownership.transferred',
          {
            type: 'user',
            id: next.userId,
          },
          { email: next.email, previousRole: next.role },
        );
      });
      return { body: { items: await listMembers(db, auth.orgId!) } };
    },
  );
}
