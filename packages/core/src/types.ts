import type {
  ConnectorManifest,
  CredentialSchema,
  CredentialField,
  Environment as EnvironmentConfig,
  Service,
} from './generated/manifest.js';

export type { ConnectorManifest, CredentialSchema, CredentialField, EnvironmentConfig, Service };

/** The environments a connection can be made in. */
export type Environment = 'sandbox' | 'live';

/** Every environment name, in the order the form offers them. */
export const ENVIRONMENTS: readonly Environment[] = ['sandbox', 'live'];

/** Credential values as submitted: field name → value. */
export type Credentials = Record<string, unknown>;

/** What the host passes to a verify hook. */
export interface VerifyInput<C = Credentials> {
  credentials: C;
  environment: Environment;
}

/** A verify's input as a caller submits it, before the runner checks it against the form. */
export interface UncheckedVerifyInput {
  credentials: unknown;
  environment: unknown;
}

/** The reasons a verify can fail, from the merchant's point of view. */
export type VerifyFailureReason =
  | 'invalid_credentials'
  | 'insufficient_permissions'
  | 'wrong_environment'
  | 'account_inactive'
  | 'provider_unavailable'
  | 'timeout'
  | 'network_error'
  | 'misconfigured';

/** Every failure reason, for validation and documentation. */
export const VERIFY_FAILURE_REASONS: readonly VerifyFailureReason[] = [
  'invalid_credentials',
  'insufficient_permissions',
  'wrong_environment',
  'account_inactive',
  'provider_unavailable',
  'timeout',
  'network_error',
  'misconfigured',
];

/**
 * Who the provider says the account is, shown to the merchant before a connection is saved (so a
 * merchant with two accounts can tell them apart). Fill in what the provider's answer has; other
 * details are scalars shown as they are.
 */
export interface VerifiedAccount {
  /** The provider's id of the account. */
  id?: string;
  /** The account's business or display name. */
  name?: string;
  /** The account's contact e-mail address. */
  email?: string;
  /** ISO 3166-1 alpha-2 country of the account, upper case. */
  country?: string;
  /** ISO 4217 code of the account's default currency, upper case. */
  defaultCurrency?: string;
  /** ISO 4217 codes the account can take or hold, upper case. */
  currencies?: string[];
  /** `true` for a live account, `false` for a test or sandbox one. */
  livemode?: boolean;
  [detail: string]: string | number | boolean | null | undefined | string[];
}

/** Credentials were confirmed by the provider. */
export interface VerifySuccess {
  ok: true;
  account?: VerifiedAccount;
}

/** Credentials could not be confirmed; `fields` names the credential fields at fault. */
export interface VerifyFailure {
  ok: false;
  reason: VerifyFailureReason;
  message: string;
  fields?: string[];
  retryable: boolean;
}

/** The typed outcome of a verify: never a bare boolean. */
export type VerifyResult = VerifySuccess | VerifyFailure;

/** The fetch a hook receives: the standard signature, restricted to the manifest's hosts. */
export type SafeFetch = (input: string | URL, init?: RequestInit) => Promise<Response>;

/** Structured log sink handed to hooks; values are redacted before they leave the host. */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** Everything the host lends a verify hook. */
export interface VerifyContext {
  /** The only way out: allows the manifest's hosts for this environment, https only. */
  fetch: SafeFetch;
  /** Aborted when the total verify time runs out. */
  signal: AbortSignal;
  logger: Logger;
  /** The environment's base URL with credential placeholders filled in. */
  baseUrl: string;
}

/** A verify hook: one read-only call to the provider, classified into a {@link VerifyResult}. */
export type VerifyHook<C = Credentials> = (
  input: VerifyInput<C>,
  context: VerifyContext,
) => Promise<VerifyResult>;

/** A method the account has enabled, in the vocabulary's code, and the currencies it takes there. */
export interface DiscoveredMethod {
  /** A payment or payout method code of the vocabulary, e.g. `payment_card`. */
  method: string;
  /** ISO 4217 codes this method accepts on the account; absent when the provider does not say. */
  currencies?: string[];
}

/**
 * What the account has enabled, as a discover hook reads it from the provider. Leave a list out
 * when the provider does not say (the connector's services are assumed for that direction); an
 * empty list means the account has nothing enabled there.
 */
export interface DiscoverResult {
  paymentMethods?: DiscoveredMethod[];
  payoutMethods?: DiscoveredMethod[];
  /** ISO 4217 codes the account accepts for every method that lists none of its own. */
  currencies?: string[];
  /** Who the account is, where these answers say more than verify's (verify's details win). */
  account?: VerifiedAccount;
}

/**
 * A discover hook: a few read-only calls that read what the account has enabled. Same context and
 * limits as verify; it runs only after verify confirmed the credentials. A provider answer that
 * says nothing about the account is returned as a failure (`failure(...)`, `unexpectedStatus(...)`).
 */
export type DiscoverHook<C = Credentials> = (
  input: VerifyInput<C>,
  context: VerifyContext,
) => Promise<DiscoverResult | VerifyFailure>;

/** A connector as its package exports it: the manifest plus, for a ready provider, the hooks. */
export interface Connector<C extends object = object> {
  manifest: ConnectorManifest;
  // Method syntax keeps a connector with its own credential type assignable to Connector<Credentials>;
  // the runner validates credentials against the schema before the hook sees them.
  verify?(input: VerifyInput<C>, context: VerifyContext): Promise<VerifyResult>;
  /** Optional: reads the account's enabled methods and currencies (see {@link DiscoverHook}). */
  discover?(input: VerifyInput<C>, context: VerifyContext): Promise<DiscoverResult | VerifyFailure>;
}

/**
 * The faults a connector's own code can commit, as the sandbox and the runner see them. Each is
 * the connector's fault, never the provider's: the host answers `connector_failed`.
 */
export const CONNECTOR_FAULT_KINDS = [
  'import_failed',
  'malformed_result',
  'undeclared_host',
  'network_escape',
  'time_limit',
  'memory_limit',
  'crash',
] as const;

/** One of {@link CONNECTOR_FAULT_KINDS}. */
export type ConnectorFaultKind = (typeof CONNECTOR_FAULT_KINDS)[number];

/** A verify that failed because of the connector's code, not the credentials or the provider. */
export interface ConnectorFailure {
  ok: false;
  reason: 'connector_failed';
  /** What the connector did; `circuit_open` when its verifies are paused after repeated faults. */
  fault: ConnectorFaultKind | 'circuit_open';
  message: string;
  retryable: false;
}

/** What the host learns from a verify: the hook's typed result, or the connector's own fault. */
export type VerifyOutcome = VerifyResult | ConnectorFailure;

/**
 * What the host learns from a discover: what the account has enabled, or why it could not be
 * read (the provider's answer, the connector's fault, or a connector without the hook).
 */
export type DiscoverOutcome =
  | { ok: true; discovered: DiscoverResult }
  | VerifyFailure
  | ConnectorFailure
  | { ok: false; reason: 'unsupported'; message: string; retryable: false };

/** The hooks a connector may export. */
export type HookName = 'verify' | 'discover';

/** One call of a connector hook, as the host hands it to wherever the hook runs. */
export interface HookCall {
  hook: HookName;
  input: VerifyInput<Credentials>;
}

/**
 * Runs a hook of a connector somewhere — in this thread, or in a sandbox worker — with the
 * host's context, and resolves with whatever the hook returned (checked by the runner).
 * Rejects with a `connector_fault` {@link PaycoreError} when the connector's code failed.
 */
export type HookInvoker = (call: HookCall, context: VerifyContext) => Promise<unknown>;

/** A connector whose code runs elsewhere: its validated manifest and the way to call its hooks. */
export interface RemoteConnector {
  manifest: ConnectorManifest;
  invoke: HookInvoker;
}
