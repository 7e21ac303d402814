import { isRole, type Role } from '../access/roles.js';
import type { Queryable } from '../db/database.js';
import { nowIso } from './actor.js';

/** A member of an organisation as listed. */
export interface Member {
  userId: string;
  email: string;
  role: Role;
  joinedAt: string;
}

interface MemberRow {
  user_id: string;
  email: string;
  role: string;
  created_at: string;
}

const ORDER: Readonly<Record<Role, number>> = { owner: 0, admin: 1, developer: 2, viewer: 3 };

const toMember = (row: MemberRow): Member => ({
  userId: row.user_id,
  email: row.email,
  role: isRole(row.role) ? row.role : 'viewer',
  joinedAt: row.created_at,
});

/** The organisation's members: the owner first, then by role and by when they joined. */
export async function listMembers(db: Queryable, orgId: string): Promise<Member[]> {
  const rows = await db.all<MemberRow>(
    'SELECT m.user_id, u.email, m.role, m.created_at FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = ? ORDER BY m.created_at, m.user_id',
    [orgId],
  );
  return rows.map(toMember).sort((a, b) => ORDER[a.role] - ORDER[b.role]);
}

/** One member, when the user belongs to the organisation. */
export async function getMember(db: Queryable, orgId: string, userId: string): Promise<Member | undefined> {
  const row = await db.get<MemberRow>(
    'SELECT m.user_id, u.email, m.role, m.created_at FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = ? AND m.user_id = ?',
    [orgId, userId],
  );
  return row && toMember(row);
}

/** Adds a member; a unique violation when the user already is one. */
export async function addMember(db: Queryable, orgId: string, userId: string, role: Role): Promise<void> {
  await db.run('INSERT INTO memberships (org_id, user_id, role, created_at) VALUES (?, ?, ?, ?)', [
    orgId,
    userId,
    role,
    nowIso(),
  ]);
}

/** Changes a member's role (the owner's only through {@link transferOwnership}). */
export async function setMemberRole(db: Queryable, orgId: string, userId: string, role: Role): Promise<void> {
  await db.run('UPDATE memberships SET role = ? WHERE org_id = ? AND user_id = ?', [role, orgId, userId]);
}

/** Removes a member and ends nothing else: their sessions simply no longer reach the organisation. */
export async function removeMember(db: Queryable, orgId: string, userId: string): Promise<void> {
  await db.run('DELETE FROM memberships WHERE org_id = ? AND user_id = ?', [orgId, userId]);
}

/**
 * Makes `toUserId` the owner and the owner an admin. Run it in a transaction: the old owner is
 * demoted first, because the database holds at most one owner per organisation.
 */
export async function transferOwnership(
  tx: Queryable,
  orgId: string,
  fromUserId: string,
  toUserId: string,
): Promise<void> {
  await setMemberRole(tx, orgId, fromUserId, 'admin');
  await setMemberRole(tx, orgId, toUserId, 'owner');
}
