import { clientAddress } from '../security/client-address.js';
import { covers } from '../access/roles.js';
import type { AppDeps } from '../deps.js';
import type { Api } from '../http/api.js';
import { auditContext } from '../http/audit-context.js';
import { ApiError, notFound } from '../http/errors.js';
import { AUTH_ERRORS, COMMON_ERRORS, errorResponse, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import { ORGANISATION } from '../schemas/auth.js';
import {
  INVITATION,
  INVITATION_PREVIEW,
  INVITE_BODY,
  type InviteBody,
  TOKEN_BODY,
  type TokenBody,
} from '../schemas/members.js';
import { appendAudit } from '../store/audit.js';
import {
  createInvitation,
  findInvitation,
  type InvitationByToken,
  listPendingInvitations,
  markAccepted,
  revokeInvitation,
} from '../store/invitations.js';
import { addMember, getMember } from '../store/members.js';
import { getOrganisation, listMemberships } from '../store/organisations.js';
import { setCurrentOrg } from '../store/sessions.js';

/**
 * The link an invitation e-mail carries. The token rides in the fragment, which browsers never
 * send to a server, so it stays out of every access log; the dashboard posts it to the API.
 */
function invitationLink(publicUrl: string, token: string): string {
  // The host's public origin (PAYCORE_PUBLIC_URL), never the request's Host, which a client sets.
  return `${publicUrl}/invitation#token=${token}`;
}

/** A usable invitation, or the error that says why the link does not work. */
function usable(invitation: InvitationByToken | undefined): InvitationByToken {
  if (!invitation) throw notFound('The invitation');
  if (invitation.state === 'expired')
    throw new ApiError('invitation_expired', 'This invitation has expired; ask for a new one');
  if (invitation.state !== 'pending')
    throw new ApiError('invitation_expired', `This invitation was ${invitation.state}; ask for a new one`);
  return invitation;
}

/** Invitations: invite by e-mail, list and revoke pending ones, look one up by its link, accept. */
export function registerInvitationRoutes(api: Api, deps: AppDeps): void {
  const { db, mailer } = deps;
  const params = { orgId: PARAMS.orgId };

  api.route(
    {
      method: 'get',
      path: '/api/orgs/:orgId/invitations',
      operationId: 'listInvitations',
      summary: 'Invitations that can still be accepted, newest first',
      tag: 'members',
      auth: 'org',
      permission: 'members',
      params,
      responses: { 200: { description: 'Invitations', schema: listOf(INVITATION) }, ...ORG_ERRORS },
    },
    async ({ auth }) => ({ body: { items: await listPendingInvitations(db, auth.orgId!) } }),
  );

  api.route<InviteBody>(
    {
      method: 'post',
      path: '/api/orgs/:orgId/invitations',
      operationId: 'inviteMember',
      summary: 'Invite someone by e-mail with a role; the e-mail carries a link that works for 7 days',
      description:
        'The role may be no stronger than the caller’s. A new invitation to the same address replaces the pending one. The link is sent by e-mail only; the answer never carries it.',
      tag: 'members',
      auth: 'org',
      permission: 'members',
      params,
      body: INVITE_BODY,
      responses: {
        201: { description: 'Invited', schema: INVITATION },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        409: errorResponse('The address belongs to a member already (`conflict`)'),
        429: errorResponse('Too many invitations (`too_many_requests`, Retry-After)'),
      },
    },
    async ({ req, auth, body }) => {
      if (!covers(auth.role!, body.role))
        throw new ApiError(
          'forbidden',
          `A ${auth.role} cannot invite a ${body.role}: only roles up to their own`,
          {
            fields: [{ path: '/role', message: `must be a role no stronger than ${auth.role}` }],
          },
        );
      // Each invitation sends an e-mail: counted per organisation and per client address.
      await deps.rateLimiter.consume(['invite_org', auth.orgId!], ['invite_address', clientAddress(req)]);
      const email = body.email.trim().toLowerCase();
      const org = await getOrganisation(db, auth.orgId!);
      if (!org) throw notFound('The organisation');
      const { invitation, token } = await db.transaction(async (tx) => {
        const member = await tx.get<{ user_id: string }>(
          'SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = ? AND u.email = ?',
          [org.id, email],
        );
        if (member) throw new ApiError('conflict', `${email} is a member of ${org.name} already`);
        const made = await createInvitation(tx, org.id, email, body.role, auth.actor!);
        await appendAudit(
          tx,
          org.id,
          auditContext(req, auth),
          'member.invited',
          {
            type: 'invitation',
            id: made.invitation.id,
          },
          { email, role: body.role },
        );
        return made;
      });
      const link = invitationLink(deps.settings.publicUrl, token);
      const inviter = auth.actorLabel ?? 'A member';
      await mailer.send({
        to: email,
        subject: `You are invited to ${org.name} on PayCore`,
        text: `${inviter} invited you to join ${org.name} on PayCore as ${body.role}.\n\nAccept the invitation: ${link}\n\nThe link works until ${invitation.expiresAt} and only for ${email}. If you did not expect it, ignore this e-mail.`,
      });
      return { status: 201, body: invitation };
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/orgs/:orgId/invitations/:invitationId',
      operationId: 'revokeInvitation',
      summary: 'Revoke a pending invitation; its link stops working',
      tag: 'members',
      auth: 'org',
      permission: 'members',
      params: { ...params, invitationId: 'Invitation id (`inv_…`)' },
      responses: { 204: { description: 'Revoked' }, ...ORG_ERRORS },
    },
    async ({ req, auth, params: p }) => {
      await db.transaction(async (tx) => {
        const revoked = await revokeInvitation(tx, auth.orgId!, p.invitationId!);
        if (!revoked) throw notFound('The invitation');
        await appendAudit(
          tx,
          auth.orgId!,
          auditContext(req, auth),
          'invitation.revoked',
          {
            type: 'invitation',
            id: revoked.id,
          },
          { email: revoked.email, role: revoked.role },
        );
      });
      return { status: 204 };
    },
  );

  api.route<TokenBody>(
    {
      method: 'post',
      path: '/api/invitations/lookup',
      operationId: 'lookUpInvitation',
      summary: "What an invitation link is for: the organisation's name, the address, the role, its state",
      description: 'For the page the link opens, before the holder signs in or signs up.',
      tag: 'members',
      auth: 'none',
      body: TOKEN_BODY,
      responses: {
        200: { description: 'The invitation', schema: INVITATION_PREVIEW },
        ...COMMON_ERRORS,
        404: errorResponse('No invitation has this token'),
      },
    },
    async ({ body }) => {
      const found = await findInvitation(db, body.token);
      if (!found) throw notFound('The invitation');
      return {
        body: {
          orgName: found.orgName,
          email: found.email,
          role: found.role,
          expiresAt: found.expiresAt,
          state: found.state,
        },
      };
    },
  );

  api.route<TokenBody>(
    {
      method: 'post',
      path: '/api/invitations/accept',
      operationId: 'acceptInvitation',
      summary: 'Accept an invitation as the signed-in user, whose e-mail must be the invited one',
      description:
        'Single use: the invitation is spent, the user becomes a member with its role and the organisation becomes the session’s current one. A new user signs up first (with the invited address), then accepts.',
      tag: 'members',
      auth: 'session',
      body: TOKEN_BODY,
      responses: {
        200: { description: 'Joined', schema: ORGANISATION },
        ...COMMON_ERRORS,
        ...AUTH_ERRORS,
        403: errorResponse(
          'The invitation is for another e-mail address (`forbidden`), or a cross-site request',
        ),
        404: errorResponse('No invitation has this token'),
        410: errorResponse('The invitation expired, was revoked or was used (`invitation_expired`)'),
      },
    },
    async ({ req, auth, body }) => {
      const user = auth.session!.user;
      const invitation = usable(await findInvitation(db, body.token));
      if (invitation.email !== user.email.toLowerCase())
        throw new ApiError(
          'forbidden',
          `This invitation is for another e-mail address; sign in as that address to accept it`,
        );
      await db.transaction(async (tx) => {
        if (!(await markAccepted(tx, invitation.id, user.id)))
          throw new ApiError('invitation_expired', 'This invitation was used; ask for a new one');
        // Someone who joined meanwhile keeps the role they have.
        if (await getMember(tx, invitation.orgId, user.id)) return;
        await addMember(tx, invitation.orgId, user.id, invitation.role);
        await appendAudit(
          tx,
          invitation.orgId,
          auditContext(req, auth),
          'member.joined',
          {
            type: 'user',
            id: user.id,
          },
          { email: user.email, role: invitation.role, invitationId: invitation.id },
        );
      });
      await setCurrentOrg(db, auth.session!.tokenHash, invitation.orgId);
      const joined = (await listMemberships(db, user.id)).find((org) => org.id === invitation.orgId);
      return { body: joined };
    },
  );
}
