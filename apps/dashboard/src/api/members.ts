import { http, unwrap } from './http';
import type { GrantableRole, Invitation, InvitationPreview, Member } from './types';

export async function listMembers(orgId: string, signal?: AbortSignal): Promise<Member[]> {
  return (
    await unwrap(http.GET('/api/orgs/{orgId}/members', { params: { path: { orgId } }, signal }), signal)
  ).items;
}

export function changeMemberRole(orgId: string, userId: string, role: GrantableRole): Promise<Member> {
  return unwrap(
    http.PATCH('/api/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId } }, body: { role } }),
  );
}

export async function removeMember(orgId: string, userId: string): Promise<void> {
  await unwrap(http.DELETE('/api/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId } } }));
}

export async function leaveOrganisation(orgId: string): Promise<void> {
  await unwrap(http.POST('/api/orgs/{orgId}/leave', { params: { path: { orgId } } }));
}

export async function transferOwnership(orgId: string, userId: string): Promise<Member[]> {
  return (
    await unwrap(
      http.POST('/api/orgs/{orgId}/transfer-ownership', { params: { path: { orgId } }, body: { userId } }),
    )
  ).items;
}

export async function listInvitations(orgId: string, signal?: AbortSignal): Promise<Invitation[]> {
  return (
    await unwrap(http.GET('/api/orgs/{orgId}/invitations', { params: { path: { orgId } }, signal }), signal)
  ).items;
}

/** Invites someone; the host e-mails the link, the answer never carries it. */
export function inviteMember(
  orgId: string,
  input: { email: string; role: GrantableRole },
): Promise<Invitation> {
  return unwrap(http.POST('/api/orgs/{orgId}/invitations', { params: { path: { orgId } }, body: input }));
}

export async function revokeInvitation(orgId: string, invitationId: string): Promise<void> {
  await unwrap(
    http.DELETE('/api/orgs/{orgId}/invitations/{invitationId}', {
      params: { path: { orgId, invitationId } },
    }),
  );
}

export function lookUpInvitation(token: string): Promise<InvitationPreview> {
  return unwrap(http.POST('/api/invitations/lookup', { body: { token } }));
}

/** Joins the organisation the invitation is for. */
export function acceptInvitation(token: string) {
  return unwrap(http.POST('/api/invitations/accept', { body: { token } }));
}
