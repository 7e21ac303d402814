import { api } from './client';
import type { Invitation, InvitationPreview, Member, Organisation, Role } from './types';

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export async function listMembers(orgId: string, signal?: AbortSignal): Promise<Member[]> {
  return (await api.get<{ items: Member[] }>(`${org(orgId)}/members`, signal)).items;
}

export function changeMemberRole(orgId: string, userId: string, role: Role): Promise<Member> {
  return api.patch<Member>(`${org(orgId)}/members/${encodeURIComponent(userId)}`, { role });
}

export function removeMember(orgId: string, userId: string): Promise<void> {
  return api.delete(`${org(orgId)}/members/${encodeURIComponent(userId)}`);
}

export function leaveOrganisation(orgId: string): Promise<void> {
  return api.post(`${org(orgId)}/leave`);
}

export async function transferOwnership(orgId: string, userId: string): Promise<Member[]> {
  return (await api.post<{ items: Member[] }>(`${org(orgId)}/transfer-ownership`, { userId })).items;
}

export async function listInvitations(orgId: string, signal?: AbortSignal): Promise<Invitation[]> {
  return (await api.get<{ items: Invitation[] }>(`${org(orgId)}/invitations`, signal)).items;
}

/** Invites someone; the host e-mails the link, the answer never carries it. */
export function inviteMember(orgId: string, input: { email: string; role: Role }): Promise<Invitation> {
  return api.post<Invitation>(`${org(orgId)}/invitations`, input);
}

export function revokeInvitation(orgId: string, invitationId: string): Promise<void> {
  return api.delete(`${org(orgId)}/invitations/${encodeURIComponent(invitationId)}`);
}

export function lookUpInvitation(token: string): Promise<InvitationPreview> {
  return api.post<InvitationPreview>('/api/invitations/lookup', { token });
}

export function acceptInvitation(token: string): Promise<Organisation> {
  return api.post<Organisation>('/api/invitations/accept', { token });
}
