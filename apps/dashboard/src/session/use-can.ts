import type { Permission } from '../api/types';
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

/** Plain words for a role, for the member list and invitations. */
export const ROLE_LABELS: Record<string, string> = {
  owner: 'Owner',
  admin: 'Admin',
  developer: 'Developer',
  viewer: 'Viewer',
};

/** What each role can do, in one line each, shown where roles are chosen. */
export const ROLE_SUMMARIES: Record<string, string> = {
  admin: 'everything but ownership: members, settings, live and sandbox connections, keys, webhooks',
  developer: 'sandbox connections, API keys and webhooks; reads live connections',
  viewer: 'reads connections only',
};
