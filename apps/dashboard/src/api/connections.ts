import { api } from './client';
import type {
  Connection,
  ConnectionEvent,
  ConnectionRequest,
  Environment,
  LastVerification,
  VerifyResult,
} from './types';

import type { paths } from './generated/schema';
import { http, unwrap } from './http';

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
const connection = (orgId: string, id: string) => `${org(orgId)}/connections/${encodeURIComponent(id)}`;

/** What connecting (and checking) sends. */
export interface ConnectInput {
  providerId: string;
  environment: Environment;
  credentials: Record<string, unknown>;
  label?: string;
  /** Connect an account the organisation already has once more, under another label. */
  connectAgain?: boolean;
}

/** Verifies credentials without storing anything; a provider's "no" is a result, not an error. */
export function checkCredentials(
  orgId: string,
  input: Omit<ConnectInput, 'label' | 'connectAgain'>,
): Promise<VerifyResult> {
  return api.post<VerifyResult>(`${org(orgId)}/connections/check`, input);
}

/**
 * Verifies and saves a connection. An account the organisation already has in this environment
 * is a 409 `conflict` naming it (`existingConnectionId`) unless `connectAgain` is sent.
 */
export function createConnection(orgId: string, input: ConnectInput): Promise<Connection> {
  return api.post<Connection>(`${org(orgId)}/connections`, input);
}

/** The organisation's connections; with `endUserId`, only that end user's. */
export async function listConnections(
  orgId: string,
  signal?: AbortSignal,
  endUserId?: string,
): Promise<Connection[]> {
  const path = `${org(orgId)}/connections${endUserId ? `?endUserId=${encodeURIComponent(endUserId)}` : ''}`;
  return (await api.get<{ items: Connection[] }>(path, signal)).items;
}

export function getConnection(orgId: string, id: string, signal?: AbortSignal): Promise<Connection> {
  return api.get<Connection>(connection(orgId, id), signal);
}

/** Changes the label and/or credentials; secret fields left out keep their stored value. */
export function updateConnection(
  orgId: string,
  id: string,
  input: { label?: string | null; credentials?: Record<string, unknown> },
): Promise<Connection> {
  return api.patch<Connection>(connection(orgId, id), input);
}

export function deleteConnection(orgId: string, id: string): Promise<void> {
  return api.delete(connection(orgId, id));
}

/** What a re-verify answers: the connection as now stored and the verify outcome. */
export interface ReverifyOutcome {
  connection: Connection;
  result: VerifyResult | LastVerification;
}

/** Re-runs verify on the stored credentials; a provider's "no" is an outcome, not an error. */
export function reverifyConnection(orgId: string, id: string): Promise<ReverifyOutcome> {
  return api.post<ReverifyOutcome>(`${connection(orgId, id)}/verify`);
}

export async function listConnectionEvents(
  orgId: string,
  id: string,
  signal?: AbortSignal,
): Promise<ConnectionEvent[]> {
  return (await api.get<{ items: ConnectionEvent[] }>(`${connection(orgId, id)}/events`, signal)).items;
}

/** What "Request a connection" sends: a listed provider's id, or an unlisted provider's name. */
export type RequestInput = NonNullable<
  paths['/api/orgs/{orgId}/connection-requests']['post']['requestBody']
>['content']['application/json'];

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
export type RequestDemand = NonNullable<
  paths['/api/connection-requests/summary']['get']['responses'][200]['content']['application/json']
>['items'][number];

/** Requests counted per provider across organisations, most wanted first (platform admins). */
export async function requestDemand(signal?: AbortSignal): Promise<RequestDemand[]> {
  return (await unwrap(http.GET('/api/connection-requests/summary', { signal }), signal)).items;
}

/** What a platform admin answers about one provider; every organisation's request gets it. */
export type RequestStatusInput = paths['/api/connection-requests/status']['patch']['requestBody'] extends
  | { content: { 'application/json': infer Body } }
  | undefined
  ? Body
  : never;

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
