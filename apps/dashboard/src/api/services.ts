import type { paths } from './generated/schema';
import { http, unwrap } from './http';
import type { ConnectionServices, Query, ServiceToggle, UsableService } from './types';

/** A connection's services: what the account has enabled, and the merchant's switches. */
export function getConnectionServices(
  orgId: string,
  connectionId: string,
  signal?: AbortSignal,
): Promise<ConnectionServices> {
  return unwrap(
    http.GET('/api/orgs/{orgId}/connections/{connectionId}/services', {
      params: { path: { orgId, connectionId } },
      signal,
    }),
    signal,
  );
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
  return unwrap(
    http.PATCH('/api/orgs/{orgId}/connections/{connectionId}/services', {
      params: { path: { orgId, connectionId } },
      body: { items },
    }),
  );
}

type ServicesQuery = Query<paths['/api/orgs/{orgId}/services']['get']>;

/** Filters of "where can I take …"; every one given must hold; empty ones are left out. */
export type UsableServiceQuery = Omit<ServicesQuery, 'direction'> & {
  direction?: ServicesQuery['direction'] | '';
};

/** The organisation's enabled, available services across its connections. */
export async function listUsableServices(
  orgId: string,
  filters: UsableServiceQuery,
  signal?: AbortSignal,
): Promise<UsableService[]> {
  const query = Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''),
  ) as ServicesQuery;
  return (
    await unwrap(
      http.GET('/api/orgs/{orgId}/services', { params: { path: { orgId }, query }, signal }),
      signal,
    )
  ).items;
}
