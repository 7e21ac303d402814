import type { paths } from './generated/schema';
import { http, unwrap } from './http';
import type { Body, Connection, ConnectionEvent, ConnectionRequest, Ok, VerifyResult } from './types';

/** What connecting sends. */
export type ConnectInput = Body<paths['/api/orgs/{orgId}/connections']['post']>;

/** Verifies credentials without storing anything; a provider's "no" is a result, not an error. */
export function checkCredentials(
  orgId: string,
  input: Body<paths['/api/orgs/{orgId}/connections/check']['post']>,
): Promise<VerifyResult> {
  return unwrap(
    http.POST('/api/orgs/{orgId}/connections/check', { params: { path: { orgId } }, body: input }),
  );
}

/**
 * Verifies and saves a connection. An account the organisation already has in this environment
 * is a 409 `conflict` naming it (`existingConnectionId`) unless `connectAgain` is sent.
 */
export function createConnection(orgId: string, input: ConnectInput): Promise<Connection> {
  return unwrap(http.POST('/api/orgs/{orgId}/connections', { params: { path: { orgId } }, body: input }));
}

/** The organisation's connections; with `endUserId`, only that end user's. */
export async function listConnections(
  orgId: string,
  signal?: AbortSignal,
  endUserId?: string,
): Promise<Connection[]> {
  const query = endUserId ? { endUserId } : {};
  return (
    await unwrap(
      http.GET('/api/orgs/{orgId}/connections', { params: { path: { orgId }, query }, signal }),
      signal,
    )
  ).items;
}

export function getConnection(
  orgId: string,
  connectionId: string,
  signal?: AbortSignal,
): Promise<Connection> {
  return unwrap(
    http.GET('/api/orgs/{orgId}/connections/{connectionId}', {
      params: { path: { orgId, connectionId } },
      signal,
    }),
    signal,
  );
}

/** Changes the label and/or credentials; secret fields left out keep their stored value. */
export function updateConnection(
  orgId: string,
  connectionId: string,
  input: Body<paths['/api/orgs/{orgId}/connections/{connectionId}']['patch']>,
): Promise<Connection> {
  return unwrap(
    http.PATCH('/api/orgs/{orgId}/connections/{connectionId}', {
      params: { path: { orgId, connectionId } },
      body: input,
    }),
  );
}

export async function deleteConnection(orgId: string, connectionId: string): Promise<void> {
  await unwrap(
    http.DELETE('/api/orgs/{orgId}/connections/{connectionId}', {
      params: { path: { orgId, connectionId } },
    }),
  );
}

/** What a re-verify answers: the connection as now stored and the verify outcome. */
export type ReverifyOutcome = Ok<paths['/api/orgs/{orgId}/connections/{connectionId}/verify']['post']>;

/** Re-runs verify on the stored credentials; a provider's "no" is an outcome, not an error. */
export function reverifyConnection(orgId: string, connectionId: string): Promise<ReverifyOutcome> {
  return unwrap(
    http.POST('/api/orgs/{orgId}/connections/{connectionId}/verify', {
      params: { path: { orgId, connectionId } },
    }),
  );
}

export async function listConnectionEvents(
  orgId: string,
  connectionId: string,
  signal?: AbortSignal,
): Promise<ConnectionEvent[]> {
  return (
    await unwrap(
      http.GET('/api/orgs/{orgId}/connections/{connectionId}/events', {
        params: { path: { orgId, connectionId } },
        signal,
      }),
      signal,
    )
  ).items;
}

/** What "Request a connection" sends: a listed provider's id, or an unlisted provider's name. */
export type RequestInput = Body<paths['/api/orgs/{orgId}/connection-requests']['post']>;

/** Asks for a provider; asking again for the same one answers the first request. */
export function createConnectionRequest(orgId: string, input: RequestInput): Promise<ConnectionRequest> {
  return unwrap(
    http.POST('/api/orgs/{orgId}/connection-requests', { params: { path: { orgId } }, body: input }),
  );
}

/** Withdraws one of the organisation's requests. */
export async function withdrawConnectionRequest(orgId: string, requestId: string): Promise<void> {
  await unwrap(
    http.DELETE('/api/orgs/{orgId}/connection-requests/{requestId}', {
      params: { path: { orgId, requestId } },
    }),
  );
}

/** Demand per provider across organisations, with the status last set (platform admins). */
export type RequestDemand = Ok<paths['/api/connection-requests/summary']['get']>['items'][number];

/** Requests counted per provider across organisations, most wanted first (platform admins). */
export async function requestDemand(signal?: AbortSignal): Promise<RequestDemand[]> {
  return (await unwrap(http.GET('/api/connection-requests/summary', { signal }), signal)).items;
}

/** What a platform admin answers about one provider; every organisation's request gets it. */
export type RequestStatusInput = Body<paths['/api/connection-requests/status']['patch']>;

/** Sets the status of every organisation's request for one provider. */
export async function setRequestStatus(input: RequestStatusInput): Promise<number> {
  return (await unwrap(http.PATCH('/api/connection-requests/status', { body: input }))).updated;
}

/** The organisation's requests, newest first. */
export async function listConnectionRequests(
  orgId: string,
  signal?: AbortSignal,
): Promise<ConnectionRequest[]> {
  const page = await unwrap(
    http.GET('/api/orgs/{orgId}/connection-requests', { params: { path: { orgId } }, signal }),
    signal,
  );
  return page.items;
}
