import type { Registry } from '@paycore/registry';
import type { Database } from '../db/database.js';
import { ApiError, type FieldError, notFound, validationError } from '../http/errors.js';
import type { Actor } from '../store/actor.js';
import {
  type ConnectSession,
  holdConnectSession,
  insertConnectSession,
  releaseConnectSession,
  spendConnectSession,
} from '../store/connect-sessions.js';
import { getConnection } from '../store/connections.js';
import { getOrganisation } from '../store/organisations.js';
import {
  type ConnectConnectionBody,
  type CreateConnectSessionBody,
  DEFAULT_SESSION_TTL_SECONDS,
} from '../schemas/connect.js';
import { updateConnection } from './connection-changes.js';
import { type ConnectionDeps, createConnection, type OperationContext } from './connections.js';
import { directoryItem } from './directory.js';
import type { ConnectionRecord } from '../store/connections.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a URL may be trusted with a connection id or a message: https, or http on this machine. */
function isSafeWebUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** The origin `text` names exactly (`https://app.example.com`), or a reason it does not. */
function parseOrigin(text: string): { origin: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'must be an origin such as https://app.example.com' };
  }
  if (!isSafeWebUrl(url)) return { problem: 'must be https (http only on localhost or 127.0.0.1)' };
  if (url.origin !== text.replace(/\/$/, ''))
    return { problem: `must be an origin alone, without path, query or fragment (${url.origin})` };
  return { origin: url.origin };
}

/** Checks what only the registry and the database can tell; every problem at once. */
async function sessionProblems(
  db: Database,
  registry: Registry,
  orgId: string,
  body: CreateConnectSessionBody,
): Promise<{ fields: FieldError[]; origins: string[]; reconnect?: ConnectionRecord }> {
  const fields: FieldError[] = [];
  body.allowedProviders?.forEach((id, index) => {
    const entry = registry.get(id);
    if (!entry)
      fields.push({
        path: `/allowedProviders/${index}`,
        message: `"${id}" is not a provider of the directory`,
      });
    else if (entry.status !== 'ready')
      fields.push({ path: `/allowedProviders/${index}`, message: `${entry.name} cannot be connected yet` });
  });
  const origins: string[] = [];
  body.allowedOrigins?.forEach((text, index) => {
    const parsed = parseOrigin(text);
    if ('problem' in parsed) fields.push({ path: `/allowedOrigins/${index}`, message: parsed.problem });
    else origins.push(parsed.origin);
  });
  if (body.returnUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(body.returnUrl);
    } catch {
      url = undefined;
    }
    if (!url || !isSafeWebUrl(url))
      fields.push({
        path: '/returnUrl',
        message: 'must be an https URL (http only on localhost or 127.0.0.1)',
      });
  }
  let reconnect: ConnectionRecord | undefined;
  if (body.reconnect) {
    reconnect = await getConnection(db, orgId, body.reconnect.connectionId);
    const path = '/reconnect/connectionId';
    if (!reconnect) fields.push({ path, message: 'is not a connection of this organisation' });
    else if (reconnect.endUser !== null && reconnect.endUser.id !== body.endUser.id)
      fields.push({ path, message: 'belongs to another end user' });
    else if (body.allowedProviders && !body.allowedProviders.includes(reconnect.providerId))
      fields.push({
        path,
        message: `is a ${reconnect.providerId} connection, which allowedProviders leaves out`,
      });
    else if (body.environments && !(body.environments as string[]).includes(reconnect.environment))
      fields.push({
        path,
        message: `is a ${reconnect.environment} connection, which environments leaves out`,
      });
  }
  return { fields, origins, ...(reconnect ? { reconnect } : {}) };
}

/**
 * Creates a connect session for one end user of the organisation. The answer's `url` carries the
 * token in its fragment, which browsers never send to a server or in a Referer.
 */
export async function createConnectSession(
  deps: { db: Database; registry: Registry },
  orgId: string,
  body: CreateConnectSessionBody,
  by: Actor,
  hostOrigin: string,
): Promise<{ id: string; token: string; url: string; expiresAt: string }> {
  const { fields, origins, reconnect } = await sessionProblems(deps.db, deps.registry, orgId, body);
  if (fields.length > 0) throw validationError(fields);
  const ttl = (body.expiresInSeconds ?? DEFAULT_SESSION_TTL_SECONDS) * 1000;
  const { session, token } = await insertConnectSession(deps.db, {
    orgId,
    endUser: body.endUser,
    allowedProviders: body.allowedProviders ?? null,
    environments: body.environments ?? null,
    reconnectConnectionId: reconnect?.id ?? null,
    returnUrl: body.returnUrl ?? null,
    allowedOrigins: origins,
    createdBy: by,
    expiresAt: new Date(Date.now() + ttl).toISOString(),
  });
  return {
    id: session.id,
    token,
    url: `${hostOrigin}/connect/${encodeURIComponent(session.id)}#${token}`,
    expiresAt: session.expiresAt,
  };
}

/** The ready providers the session allows, as the public directory lists them. */
function allowedEntries(registry: Registry, session: ConnectSession) {
  const ready = registry.providers.filter((entry) => entry.status === 'ready');
  return session.allowedProviders === null
    ? ready
    : ready.filter((entry) => session.allowedProviders!.includes(entry.id));
}

/** What the connect page shows: brand, end user, providers, environments, reconnect target. */
export async function connectSessionView(
  deps: { db: Database; registry: Registry },
  session: ConnectSession,
): Promise<Record<string, unknown>> {
  const org = await getOrganisation(deps.db, session.orgId);
  if (!org) throw notFound('The organisation');
  const target = session.reconnectConnectionId
    ? await getConnection(deps.db, session.orgId, session.reconnectConnectionId)
    : undefined;
  if (session.reconnectConnectionId && !target) throw notFound('The connection to reconnect');
  return {
    id: session.id,
    expiresAt: session.expiresAt,
    endUser: session.endUser,
    organisation: { name: org.brand?.name ?? org.name, brand: org.brand },
    providers: allowedEntries(deps.registry, session).map(directoryItem),
    environments: session.environments ?? ['sandbox', 'live'],
    reconnect: target
      ? {
          connectionId: target.id,
          providerId: target.providerId,
          providerName: deps.registry.get(target.providerId)?.name ?? target.providerId,
          environment: target.environment,
          label: target.label,
        }
      : null,
    returnUrl: session.returnUrl,
    allowedOrigins: session.allowedOrigins,
  };
}

/**
 * Refuses a provider or environment the session does not allow (422 naming the field); in
 * reconnect mode only the connection's own provider and environment are allowed.
 */
export async function requireAllowed(
  db: Database,
  registry: Registry,
  session: ConnectSession,
  input: { providerId: string; environment: string },
): Promise<void> {
  const fields: FieldError[] = [];
  if (session.reconnectConnectionId) {
    const target = await getConnection(db, session.orgId, session.reconnectConnectionId);
    if (!target) throw notFound('The connection to reconnect');
    if (input.providerId !== target.providerId)
      fields.push({
        path: '/providerId',
        message: `must be ${target.providerId}, the connection being reconnected`,
      });
    if (input.environment !== target.environment)
      fields.push({
        path: '/environment',
        message: `must be ${target.environment}, the connection's environment`,
      });
  } else {
    if (!allowedEntries(registry, session).some((entry) => entry.id === input.providerId))
      fields.push({
        path: '/providerId',
        message: `"${input.providerId}" is not offered in this connect session`,
      });
    if (session.environments !== null && !session.environments.includes(input.environment))
      fields.push({ path: '/environment', message: `must be one of ${session.environments.join(', ')}` });
  }
  if (fields.length > 0) throw validationError(fields);
}

/**
 * Makes the session's connection (or reconnects its target, which keeps its id), tagged with the
 * end user, and spends the session. The session is held meanwhile, so a second tab's attempt is
 * 409 instead of a second connection.
 */
export async function connectWithSession(
  deps: ConnectionDeps,
  session: ConnectSession,
  body: ConnectConnectionBody,
  ctx: OperationContext,
  holdMs: number,
): Promise<{ record: ConnectionRecord; created: boolean }> {
  await requireAllowed(deps.db, deps.registry, session, body);
  if (!(await holdConnectSession(deps.db, session.id, holdMs)))
    throw new ApiError('conflict', 'A connection is already being made with this connect session');
  const by: Actor = { type: 'connect_session', id: session.id };
  try {
    let result: { record: ConnectionRecord; created: boolean };
    if (session.reconnectConnectionId) {
      const target = await getConnection(deps.db, session.orgId, session.reconnectConnectionId);
      if (!target) throw notFound('The connection to reconnect');
      const patch = {
        credentials: body.credentials,
        reconnect: { endUser: session.endUser },
        ...(body.label ? { label: body.label } : {}),
      };
      const record = await updateConnection(deps, target, patch, by, ctx);
      result = { record, created: false };
    } else {
      const record = await createConnection(
        deps,
        session.orgId,
        { ...body, endUser: session.endUser },
        by,
        ctx,
      );
      result = { record, created: true };
    }
    await spendConnectSession(deps.db, session.id, result.record.id);
    return result;
  } catch (error) {
    await releaseConnectSession(deps.db, session.id);
    throw error;
  }
}
