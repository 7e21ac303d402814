import { api, queryString } from './client';
import type { ConnectionServices, ServiceDirection, ServiceToggle, UsableService } from './types';

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
const services = (orgId: string, connectionId: string) =>
  `${org(orgId)}/connections/${encodeURIComponent(connectionId)}/services`;

/** A connection's services: what the account has enabled, and the merchant's switches. */
export function getConnectionServices(
  orgId: string,
  connectionId: string,
  signal?: AbortSignal,
): Promise<ConnectionServices> {
  return api.get<ConnectionServices>(services(orgId, connectionId), signal);
}

/**
 * Switches services on or off; a 422 names each refused toggle by its index (`/items/N`) and
 * then nothing changes.
 */
export function switchConnectionServices(
  orgId: string,
  connectionId: string,
  items: ServiceToggle[],
): Promise<ConnectionServices> {
  return api.patch<ConnectionServices>(services(orgId, connectionId), { items });
}

/** Filters of "where can I take …"; every one given must hold. */
export interface UsableServiceQuery {
  direction?: ServiceDirection | '';
  method?: string;
  currency?: string;
  country?: string;
}

/** The organisation's enabled, available services across its connections. */
export async function listUsableServices(
  orgId: string,
  query: UsableServiceQuery,
  signal?: AbortSignal,
): Promise<UsableService[]> {
  return (
    await api.get<{ items: UsableService[] }>(`${org(orgId)}/services${queryString({ ...query })}`, signal)
  ).items;
}
