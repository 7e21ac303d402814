import i18next from 'i18next';
import type { GrantableRole, Permission, Role } from '../api/types';
import { useSession } from './session-context';

/**
 * Whether the signed-in user's role in the current organisation allows `permission`, as the host
 * said in `GET /api/me`. Only for hiding and disabling: the host refuses what a role cannot do.
 */
export function useCan(): (permission: Permission) => boolean {
  const { organisation } = useSession();
  const granted = new Set(organisation?.permissions ?? []);
  return (permission) => granted.has(permission);
}

/** The permission that managing a connection in `environment` needs. */
export function managePermission(environment: string): Permission {
  return environment === 'sandbox' ? 'connections.manage_sandbox' : 'connections.manage_live';
}

/** A role in plain words, in the chosen language, for the member list, keys and invitations. */
export function roleLabel(role: Role): string {
  switch (role) {
    case 'owner':
      return i18next.t('roles.owner');
    case 'admin':
      return i18next.t('roles.admin');
    case 'developer':
      return i18next.t('roles.developer');
    case 'viewer':
      return i18next.t('roles.viewer');
  }
}

/** What a role that can be given can do, in one line, shown where roles are chosen. */
export function roleSummary(role: GrantableRole): string {
  switch (role) {
    case 'admin':
      return i18next.t('roles.summary.admin');
    case 'developer':
      return i18next.t('roles.summary.developer');
    case 'viewer':
      return i18next.t('roles.summary.viewer');
  }
}
