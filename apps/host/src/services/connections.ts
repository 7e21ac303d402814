import {
  type Credentials,
  createCredentialValidator,
  type CredentialSchema,
  type Environment,
  maskSecret,
  secretFieldNames,
  secretValues,
  type VerifyResult,
} from '@paycore/core';
import type { ProviderEntry, Registry } from '@paycore/registry';
import type { Logger } from 'pino';
import { type EnvelopeBinding, open, seal } from '../crypto/envelope.js';
import type { Keyring } from '../crypto/keyring.js';
import { newId } from '../crypto/tokens.js';
import type { Database } from '../db/database.js';
import { HttpError, type FieldError, notFound, problemsToFields, validationError } from '../http/errors.js';
import { type Actor, nowIso } from '../store/actor.js';
import {
  type ConnectionRecord,
  deleteConnection,
  getConnection,
  storeNewConnection,
  type LastVerification,
  readCredentials,
} from '../store/connections.js';
import { runProviderVerify, type VerifySettings, verifyFailureError } from './verify.js';

/** What the connection operations need. */
export interface ConnectionDeps {
  db: Database;
  registry: Registry;
  keyring: Keyring;
  verify: VerifySettings;
}

/** Per-request context: logging, cancellation, and where submitted secrets are registered for scrubbing. */
export interface OperationContext {
  log: Logger;
  signal?: AbortSignal;
  markSecrets(values: readonly string[]): void;
}

/** The provider, environment and credentials of a connect or check request. */
export interface ConnectInput {
  providerId: string;
  environment: string;
  credentials: Record<string, unknown>;
}

interface Checked {
  entry: ProviderEntry;
  schema: CredentialSchema;
  environment: Environment;
  credentials: Credentials;
}

/**
 * The same validation for check, connect and change: the provider exists (422) and is ready (409),
 * the environment is one it has, and the credentials match its form — every problem at once.
 */
export function checkInput(registry: Registry, input: ConnectInput): Checked {
  const entry = registry.get(input.providerId);
  if (!entry)
    throw validationError([
      { path: '/providerId', message: `"${input.providerId}" is not a provider of the directory` },
    ]);
  if (entry.status !== 'ready' || !entry.credentials || !entry.environments) {
    throw new HttpError(
      409,
      'provider_not_ready',
      `${entry.name} cannot be connected yet; you can request it instead`,
    );
  }
  const fields: FieldError[] = [];
  if (!(input.environment in entry.environments)) {
    fields.push({
      path: '/environment',
      message: `must be one of: ${Object.keys(entry.environments).join(', ')}`,
    });
  }
  const schema = entry.credentials.schema;
  fields.push(...problemsToFields(createCredentialValidator(schema)(input.credentials), '/credentials'));
  if (fields.length > 0) throw validationError(fields, `The ${entry.name} credentials do not match the form`);
  return { entry, schema, environment: input.environment as Environment, credentials: input.credentials };
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

export function lastVerification(result: VerifyResult): LastVerification {
  return result.ok ? { ok: true } : { ok: false, reason: result.reason, message: result.message };
}

export function binding(record: Pick<ConnectionRecord, 'orgId' | 'id' | 'providerId'>): EnvelopeBinding {
  return { orgId: record.orgId, connectionId: record.id, providerId: record.providerId };
}

/** Validates and verifies without storing anything; the verify result whether ok or not. */
export async function checkConnection(
  deps: ConnectionDeps,
  input: ConnectInput,
  ctx: OperationContext,
): Promise<VerifyResult> {
  const checked = checkInput(deps.registry, input);
  ctx.markSecrets(secretValues(checked.schema, checked.credentials));
  return verifyWith(deps, checked.entry, checked, ctx);
}

/** Runs the provider's verify with the host's settings, under the operation's log and signal. */
export function verifyWith(
  deps: ConnectionDeps,
  entry: ProviderEntry,
  input: { environment: Environment; credentials: Credentials },
  ctx: OperationContext,
): Promise<VerifyResult> {
  return runProviderVerify(deps.registry, entry, input, deps.verify, ctx.log, ctx.signal);
}

/** Validates, verifies, encrypts and stores a new connection (one transaction, with its event). */
export async function createConnection(
  deps: ConnectionDeps,
  orgId: string,
  input: ConnectInput & { label?: string },
  by: Actor,
  ctx: OperationContext,
): Promise<ConnectionRecord> {
  const checked = checkInput(deps.registry, input);
  ctx.markSecrets(secretValues(checked.schema, checked.credentials));
  const result = await verifyWith(deps, checked.entry, checked, ctx);
  if (!result.ok) throw verifyFailureError(result);
  const now = nowIso();
  const record: ConnectionRecord = {
    id: newId('conn'),
    orgId,
    providerId: checked.entry.id,
    environment: checked.environment,
    label: input.label ?? null,
    ...splitCredentials(checked.schema, checked.credentials),
    schemaVersion: checked.entry.credentials!.version,
    account: result.account ?? null,
    lastVerifiedAt: now,
    lastVerification: { ok: true },
    createdBy: by,
    createdAt: now,
    updatedBy: by,
    updatedAt: now,
  };
  const envelope = seal(deps.keyring, binding(record), checked.credentials);
  await storeNewConnection(deps.db, record, { keyId: deps.keyring.current.id, envelope });
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
): Promise<void> {
  const deleted = await deps.db.transaction((tx) => deleteConnection(tx, record, by));
  if (!deleted) throw notFound('The connection');
}
