import {
  type Credentials,
  type CredentialSchema,
  type Environment,
  maskSecret,
  secretFieldNames,
  secretValues,
  type VerifyOutcome,
} from '@paycore/core';
import type { ProviderEntry, Registry } from '@paycore/registry';
import type { Sandbox } from '@paycore/sandbox';
import type { Logger } from 'pino';
import { type EnvelopeBinding, open, seal } from '../crypto/envelope.js';
import type { Keyring } from '../crypto/keyring.js';
import { newId } from '../crypto/tokens.js';
import type { Database } from '../db/database.js';
import { ApiError, notFound, validationError } from '../http/errors.js';
import { type Actor, nowIso } from '../store/actor.js';
import { type AuditContext, appendAudit, auditInsert } from '../store/audit.js';
import type { EndUser } from '../store/connect-sessions.js';
import {
  type ConnectionRecord,
  deleteConnection,
  findSameAccount,
  getConnection,
  storeNewConnection,
  type LastVerification,
  readCredentials,
} from '../store/connections.js';
import { accountOf, type ConnectionServices, reconcileServices } from './connection-services.js';
import { getOrganisation } from '../store/organisations.js';
import { addOutboxEvents, outboxInsert } from '../store/outbox.js';
import { connectionEvent } from './connection-events.js';
import { checkIntervalMs, jittered } from './health.js';
import { runProviderDiscover, runProviderVerify, verifyFailureError } from './verify.js';

/** What the connection operations need. */
export interface ConnectionDeps {
  db: Database;
  registry: Registry;
  keyring: Keyring;
  sandbox: Sandbox;
  /** The host's time between scheduled checks (organisations may set their own). */
  checkIntervalMs: number;
}

/** Per-request context: logging, cancellation, and where submitted secrets are registered for scrubbing. */
export interface OperationContext {
  log: Logger;
  signal?: AbortSignal;
  markSecrets(values: readonly string[]): void;
  /** Who asks and from where: the change is recorded in the audit log in its own transaction. */
  audit?: AuditContext;
}

/** The provider, environment and credentials of a connect or check request. */
export interface ConnectInput {
  providerId: string;
  environment: string;
  credentials: Record<string, unknown>;
}

/**
 * The provider of a check, connect or change: it exists (422 naming `providerId`) and is ready
 * (409). Environment and credentials are checked by the verify runner, in one place.
 */
export function readyProvider(
  registry: Registry,
  providerId: string,
): ProviderEntry & { credentials: { version: number; schema: CredentialSchema } } {
  const entry = registry.get(providerId);
  if (!entry)
    throw validationError([
      { path: '/providerId', message: `"${providerId}" is not a provider of the directory` },
    ]);
  if (entry.status !== 'ready' || !entry.credentials || !entry.environments)
    throw new ApiError(
      'provider_not_ready',
      `${entry.name} cannot be connected yet; you can request it instead`,
    );
  return entry as ProviderEntry & { credentials: { version: number; schema: CredentialSchema } };
}

export function splitCredentials(schema: CredentialSchema, credentials: Credentials) {
  const secretNames = new Set(secretFieldNames(schema));
  const publicFields: Record<string, unknown> = {};
  const secretHints: Record<string, string> = {};
  for (const [name, value] of Object.entries(credentials)) {
    if (secretNames.has(name)) secretHints[name] = maskSecret(value);
    else publicFields[name] = value;
  }
  return { publicFields, secretHints };
}

export function lastVerification(result: VerifyOutcome): LastVerification {
  return result.ok ? { ok: true } : { ok: false, reason: result.reason, message: result.message };
}

export function binding(record: Pick<ConnectionRecord, 'orgId' | 'id' | 'providerId'>): EnvelopeBinding {
  return { orgId: record.orgId, connectionId: record.id, providerId: record.providerId };
}

/**
 * Validates and verifies without storing anything; the verify outcome whether ok or not, and
 * with ok the services the account has (what connecting would enable).
 */
export async function checkConnection(
  deps: ConnectionDeps,
  input: ConnectInput,
  ctx: OperationContext,
): Promise<VerifyOutcome & { services?: ConnectionServices }> {
  const entry = readyProvider(deps.registry, input.providerId);
  ctx.markSecrets(secretValues(entry.credentials.schema, input.credentials));
  const result = await verifyWith(deps, entry, input, ctx);
  if (!result.ok) return result;
  const services = await discoverWith(deps, entry, input, ctx, null);
  const account = accountOf(result.account, services);
  return { ...result, ...(account ? { account } : {}), services };
}

/** Reads what the account has enabled and reconciles it with the connector's services. */
export async function discoverWith(
  deps: ConnectionDeps,
  entry: ProviderEntry,
  input: { environment: unknown; credentials: Credentials },
  ctx: OperationContext,
  previous: ConnectionServices | null,
): Promise<ConnectionServices> {
  const outcome = await runProviderDiscover(deps, entry.id, input, ctx.log, ctx.signal);
  return reconcileServices(entry, outcome, previous, nowIso());
}

/**
 * Refuses to connect an account the organisation already has in this environment (409 naming
 * the connection), unless the request asks to connect it again under another label.
 */
async function refuseSameAccount(
  db: Database,
  orgId: string,
  entry: ProviderEntry,
  input: ConnectInput & { label?: string; connectAgain?: boolean },
  accountId: unknown,
): Promise<void> {
  if (typeof accountId !== 'string' || accountId === '') return;
  const existing = await findSameAccount(db, {
    orgId,
    providerId: entry.id,
    environment: input.environment,
    accountId,
  });
  if (!existing) return;
  const named = existing.label ? ` as \u201c${existing.label}\u201d` : '';
  if (!input.connectAgain)
    throw new ApiError(
      'conflict',
      `This ${entry.name} account (${accountId}) is already connected${named}. To connect it again, send connectAgain with another label`,
      { extra: { existingConnectionId: existing.id } },
    );
  if (input.label === undefined || input.label === existing.label)
    throw validationError([
      {
        path: '/label',
        message: `must differ from the label of the connection this account already has${named}`,
      },
    ]);
}

/** Runs the provider's verify in the sandbox, under the operation's log and signal. */
export function verifyWith(
  deps: ConnectionDeps,
  entry: ProviderEntry,
  input: { environment: unknown; credentials: Credentials },
  ctx: OperationContext,
): Promise<VerifyOutcome> {
  return runProviderVerify(deps, entry.id, input, ctx.log, ctx.signal);
}

/**
 * Verifies, encrypts and stores a new connection (one transaction, with its event); `endUser`
 * tags it with the platform's end user who connected it through a connect session.
 */
export async function createConnection(
  deps: ConnectionDeps,
  orgId: string,
  input: ConnectInput & { label?: string; connectAgain?: boolean; endUser?: EndUser },
  by: Actor,
  ctx: OperationContext,
): Promise<ConnectionRecord> {
  const entry = readyProvider(deps.registry, input.providerId);
  const { schema, version } = entry.credentials;
  ctx.markSecrets(secretValues(schema, input.credentials));
  // Read while the provider answers: the first check is due after the organisation's interval.
  const interval = getOrganisation(deps.db, orgId).then(
    (org) => checkIntervalMs(org?.checkInterval, deps.checkIntervalMs),
    () => deps.checkIntervalMs,
  );
  const result = await verifyWith(deps, entry, input, ctx);
  if (!result.ok) throw verifyFailureError(result);
  const services = await discoverWith(deps, entry, input, ctx, null);
  const account = accountOf(result.account, services);
  await refuseSameAccount(deps.db, orgId, entry, input, account?.id);
  const now = nowIso();
  const record: ConnectionRecord = {
    id: newId('conn'),
    orgId,
    providerId: entry.id,
    // The runner has checked both against the form before the provider said yes.
    environment: input.environment as Environment,
    label: input.label ?? null,
    ...splitCredentials(schema, input.credentials),
    schemaVersion: version,
    account,
    lastVerifiedAt: now,
    lastVerification: { ok: true },
    health: 'healthy',
    lastSuccessAt: now,
    nextCheckAt: new Date(Date.parse(now) + jittered(await interval)).toISOString(),
    checkFailures: 0,
    services,
    endUser: input.endUser ?? null,
    createdBy: by,
    createdAt: now,
    updatedBy: by,
    updatedAt: now,
  };
  const envelope = seal(deps.keyring, binding(record), input.credentials);
  const audit = ctx.audit
    ? [
        auditInsert(
          orgId,
          ctx.audit,
          'connection.created',
          { type: 'connection', id: record.id },
          {
            providerId: record.providerId,
            environment: record.environment,
            label: record.label,
          },
        ),
      ]
    : [];
  await storeNewConnection(deps.db, record, { keyId: deps.keyring.current.id, envelope }, [
    outboxInsert(connectionEvent('connection.created', record, deps.registry)),
    ...audit,
  ]);
  return record;
}

/** The organisation's connection, or 404. */
export async function requireConnection(db: Database, orgId: string, id: string): Promise<ConnectionRecord> {
  const record = await getConnection(db, orgId, id);
  if (!record) throw notFound('The connection');
  return record;
}

/** Decrypts a connection's stored credentials. */
export async function storedCredentials(
  deps: ConnectionDeps,
  record: ConnectionRecord,
): Promise<Credentials> {
  const stored = await readCredentials(deps.db, record.id);
  if (!stored) throw notFound('The connection');
  try {
    return open<Credentials>(deps.keyring, binding(record), stored.envelope);
  } catch (cause) {
    throw Object.assign(new Error('Stored credentials cannot be decrypted', { cause }), {
      keyId: stored.keyId,
    });
  }
}

/** Deletes a connection and its encrypted credentials. */
export async function removeConnection(
  deps: ConnectionDeps,
  record: ConnectionRecord,
  by: Actor,
  audit?: AuditContext,
): Promise<void> {
  const deleted = await deps.db.transaction(async (tx) => {
    if (!(await deleteConnection(tx, record, by))) return false;
    await addOutboxEvents(tx, [connectionEvent('connection.deleted', record, deps.registry)]);
    if (audit)
      await appendAudit(
        tx,
        record.orgId,
        audit,
        'connection.deleted',
        { type: 'connection', id: record.id },
        {
          providerId: record.providerId,
          environment: record.environment,
          label: record.label,
        },
      );
    return true;
  });
  if (!deleted) throw notFound('The connection');
}
