import { isRole, type Role } from '../access/roles.js';
import { hashToken, newId, newSessionToken } from '../crypto/tokens.js';
import type { Queryable } from '../db/database.js';
import { type Actor, nowIso } from './actor.js';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A pending invitation as listed (never its token). */
export interface Invitation {
  id: string;
  email: string;
  role: Role;
  invitedBy: Actor;
  createdAt: string;
  expiresAt: string;
}

/** An invitation found by its token, with its organisation's name and state. */
export interface InvitationByToken extends Invitation {
  orgId: string;
  orgName: string;
  state: 'pending' | 'accepted' | 'revoked' | 'expired';
}

interface InvitationRow {
  id: string;
  org_id: string;
  email: string;
  role: string;
  invited_by_type: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  org_name?: string;
}

const toInvitation = (row: InvitationRow): Invitation => ({
  id: row.id,
  email: row.email,
  role: isRole(row.role) && row.role !== 'owner' ? row.role : 'viewer',
  invitedBy: { type: row.invited_by_type === 'api_key' ? 'api_key' : 'user', id: row.invited_by },
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/**
 * Records an invitation and returns its token, which only the e-mail carries (the table keeps
 * its SHA-256). Earlier pending invitations of the same address to the organisation are revoked,
 * so only the newest link works.
 */
export async function createInvitation(
  tx: Queryable,
  orgId: string,
  email: string,
  role: Role,
  by: Actor,
  ttlMs = INVITATION_TTL_MS,
): Promise<{ invitation: Invitation; token: string }> {
  const now = nowIso();
  await tx.run(
    'UPDATE invitations SET revoked_at = ? WHERE org_id = ? AND email = ? AND accepted_at IS NULL AND revoked_at IS NULL',
    [now, orgId, email],
  );
  const token = newSessionToken();
  const invitation: Invitation = {
    id: newId('inv'),
    email,
    role,
    invitedBy: by,
    createdAt: now,
    expiresAt: new Date(Date.now() + ttlMs).toISOString(),
  };
  await tx.run(
    'INSERT INTO invitations (id, org_id, email, role, token_hash, invited_by_type, invited_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [invitation.id, orgId, email, role, hashToken(token), by.type, by.id, now, invitation.expiresAt],
  );
  return { invitation, token };
}

/** The organisation's invitations that can still be accepted, newest first. */
export async function listPendingInvitations(db: Queryable, orgId: string): Promise<Invitation[]> {
  const rows = await db.all<InvitationRow>(
    'SELECT * FROM invitations WHERE org_id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC, id',
    [orgId, nowIso()],
  );
  return rows.map(toInvitation);
}

/** Revokes a pending invitation; the invitation when there was one. */
export async function revokeInvitation(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<Invitation | undefined> {
  const row = await db.get<InvitationRow>(
    'SELECT * FROM invitations WHERE id = ? AND org_id = ? AND accepted_at IS NULL AND revoked_at IS NULL',
    [id, orgId],
  );
  if (!row) return undefined;
  await db.run('UPDATE invitations SET revoked_at = ? WHERE id = ?', [nowIso(), id]);
  return toInvitation(row);
}

/** The invitation a token belongs to, whatever its state. */
export async function findInvitation(db: Queryable, token: string): Promise<InvitationByToken | undefined> {
  const row = await db.get<InvitationRow>(
    'SELECT i.*, o.name AS org_name FROM invitations i JOIN organisations o ON o.id = i.org_id WHERE i.token_hash = ?',
    [hashToken(token)],
  );
  if (!row) return undefined;
  const state = row.accepted_at
    ? 'accepted'
    : row.revoked_at
      ? 'revoked'
      : Date.parse(row.expires_at) <= Date.now()
        ? 'expired'
        : 'pending';
  return { ...toInvitation(row), orgId: row.org_id, orgName: row.org_name ?? '', state };
}

/** Marks a pending invitation accepted; false when another request used it first (single use). */
export async function markAccepted(tx: Queryable, id: string, userId: string): Promise<boolean> {
  const { changes } = await tx.run(
    'UPDATE invitations SET accepted_at = ?, accepted_by = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL',
    [nowIso(), userId, id],
  );
  return changes === 1;
}
