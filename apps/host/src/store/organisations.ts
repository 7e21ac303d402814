import { can, isRole, PERMISSIONS, type Permission, type Role } from '../access/roles.js';
import type { Queryable } from '../db/database.js';
import { newId } from '../crypto/tokens.js';
import type { Brand } from '../schemas/brand.js';
import { nowIso, parseJson } from './actor.js';

/** An organisation: the merchant's workspace. */
export interface Organisation {
  id: string;
  name: string;
  defaultCurrency: string;
  enabledCurrencies: string[];
  /** Time between two checks of each connection (`6h`); null for the host's default. */
  checkInterval: string | null;
  /** How its hosted connect page looks; null for PayCore's look under the organisation's name. */
  brand: Brand | null;
  createdAt: string;
  updatedAt: string;
}

/** An organisation with the asking user's role in it. */
export interface Membership extends Organisation {
  role: Role;
  /** What the role allows here (the permission matrix), so a client can hide what it cannot do. */
  permissions: Permission[];
}

const membership = (org: Organisation, role: Role): Membership => ({
  ...org,
  role,
  permissions: PERMISSIONS.filter((permission) => can(role, permission)),
});

interface OrgRow {
  id: string;
  name: string;
  default_currency: string;
  enabled_currencies: string;
  check_interval: string | null;
  brand: string | null;
  created_at: string;
  updated_at: string;
  role?: string;
}

const toOrg = (row: OrgRow): Organisation => ({
  id: row.id,
  name: row.name,
  defaultCurrency: row.default_currency,
  enabledCurrencies: parseJson<string[]>(row.enabled_currencies, []),
  checkInterval: row.check_interval ?? null,
  brand: parseJson<Brand | null>(row.brand ?? null, null),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Default settings of a new organisation. */
export const DEFAULT_CURRENCY = 'USD';

/** Creates an organisation owned by `userId`. Run it in the caller's transaction. */
export async function insertOrganisation(tx: Queryable, name: string, userId: string): Promise<Membership> {
  const now = nowIso();
  const org: Organisation = {
    id: newId('org'),
    name,
    defaultCurrency: DEFAULT_CURRENCY,
    enabledCurrencies: [DEFAULT_CURRENCY],
    checkInterval: null,
    brand: null,
    createdAt: now,
    updatedAt: now,
  };
  await tx.run(
    'INSERT INTO organisations (id, name, default_currency, enabled_currencies, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [org.id, org.name, org.defaultCurrency, JSON.stringify(org.enabledCurrencies), userId, now, now],
  );
  await tx.run('INSERT INTO memberships (org_id, user_id, role, created_at) VALUES (?, ?, ?, ?)', [
    org.id,
    userId,
    'owner',
    now,
  ]);
  return membership(org, 'owner');
}

/** Every organisation the user belongs to, oldest first. */
export async function listMemberships(db: Queryable, userId: string): Promise<Membership[]> {
  const rows = await db.all<OrgRow>(
    'SELECT o.*, m.role FROM organisations o JOIN memberships m ON m.org_id = o.id WHERE m.user_id = ? ORDER BY o.created_at, o.id',
    [userId],
  );
  return rows.map((row) => membership(toOrg(row), isRole(row.role) ? row.role : 'viewer'));
}

/** The user's role in the organisation, or undefined when they are not a member. */
export async function membershipRole(
  db: Queryable,
  orgId: string,
  userId: string,
): Promise<string | undefined> {
  const row = await db.get<{ role: string }>(
    'SELECT role FROM memberships WHERE org_id = ? AND user_id = ?',
    [orgId, userId],
  );
  return row?.role;
}

/** The organisation, when it exists. */
export async function getOrganisation(db: Queryable, orgId: string): Promise<Organisation | undefined> {
  const row = await db.get<OrgRow>('SELECT * FROM organisations WHERE id = ?', [orgId]);
  return row && toOrg(row);
}

/** The settings a merchant may change. */
export interface OrganisationPatch {
  name?: string;
  defaultCurrency?: string;
  enabledCurrencies?: string[];
  checkInterval?: string | null;
  brand?: Brand | null;
}

/** Applies a settings change and returns the organisation as stored. */
export async function updateOrganisation(
  db: Queryable,
  orgId: string,
  patch: OrganisationPatch,
): Promise<Organisation | undefined> {
  const current = await getOrganisation(db, orgId);
  if (!current) return undefined;
  const next: Organisation = { ...current, ...patch, updatedAt: nowIso() };
  await db.run(
    'UPDATE organisations SET name = ?, default_currency = ?, enabled_currencies = ?, check_interval = ?, brand = ?, updated_at = ? WHERE id = ?',
    [
      next.name,
      next.defaultCurrency,
      JSON.stringify(next.enabledCurrencies),
      next.checkInterval,
      next.brand === null ? null : JSON.stringify(next.brand),
      next.updatedAt,
      orgId,
    ],
  );
  return next;
}
