import type { paths } from './generated/schema';

/** The JSON body of an operation's 200 answer, as the host's OpenAPI document declares it. */
type Ok<Operation> = Operation extends { responses: { 200: { content: { 'application/json': infer Body } } } }
  ? Body
  : never;

// Generated from the host's OpenAPI document (`pnpm codegen`): the directory, the vocabulary and
// connection requests. The other types below are still written by hand (see README).
/** One page of the directory. */
export type ProviderPage = Ok<paths['/api/providers']['get']>;
/** One provider of the directory list. */
export type ProviderSummary = ProviderPage['items'][number];
/** A payment or payout method, with how many providers of the directory offer it. */
export type MethodInfo = Ok<paths['/api/methods']['get']>['paymentMethods'][number];
/** A currency, with how many providers offer it. */
export type CurrencyInfo = Ok<paths['/api/currencies']['get']>['items'][number];
/** A country, with how many providers serve it. */
export type CountryInfo = Ok<paths['/api/countries']['get']>['items'][number];
/** A connection request of the organisation. */
export type ConnectionRequest = Ok<paths['/api/orgs/{orgId}/connection-requests']['get']>['items'][number];
/** Where a connection request stands; a platform admin moves it. */
export type RequestStatus = ConnectionRequest['status'];

// Shapes of the host's JSON API (apps/host, /api). Only what the dashboard reads is typed.

export type ProviderStatus = 'ready' | 'not-ready';
export type Environment = 'sandbox' | 'live';

/** A code of the vocabulary with its name. */
export interface Named {
  code: string;
  name: string;
  category?: string;
}

/** A payment or payout service: a method in a currency, optionally with limits. */
export interface Service {
  method: string;
  methodName?: string;
  currency: string;
  flow?: string;
  minAmount?: number;
  maxAmount?: number;
}

/** A JSON Schema object as the credential form declares it. */
export interface CredentialSchema {
  type: 'object';
  required?: string[];
  properties: Record<string, CredentialProperty>;
  [keyword: string]: unknown;
}

/** One credential field of the schema. */
export interface CredentialProperty {
  type?: string;
  title?: string;
  description?: string;
  pattern?: string;
  format?: string;
  writeOnly?: boolean;
  examples?: unknown[];
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  [keyword: string]: unknown;
}

/** The rjsf hints the host derives from the schema. */
export type UiSchema = Record<string, unknown>;

/** The connect form of a ready provider. */
export interface CredentialForm {
  version: number;
  schema: CredentialSchema;
  uiSchema?: UiSchema;
  secretFields?: string[];
}

/** One environment a provider can be connected in. */
export interface EnvironmentInfo {
  name: Environment;
  label: string;
  hosts?: string[];
  /** Prefixes a credential field's value starts with only in this environment. */
  keyPrefixes?: Record<string, string[]>;
}

/** The provider overview. */
export interface ProviderDetail {
  id: string;
  name: string;
  status: ProviderStatus;
  description: string;
  website?: string;
  docsUrl?: string;
  logoUrl: string | null;
  countries: Named[];
  currencies: string[];
  paymentMethods: Named[];
  payoutMethods: Named[];
  paymentServices: Service[];
  payoutServices: Service[];
  environments: EnvironmentInfo[];
  credentialForm: CredentialForm | null;
  manual: string | null;
}

export interface User {
  id: string;
  email: string;
  /** The user followed the link e-mailed to this address. */
  emailVerified?: boolean;
  /** Signing in asks for a code from an authenticator app too. */
  twoFactorEnabled?: boolean;
}

/** A member's role (the host's permission matrix, apps/host README). */
export type Role = 'owner' | 'admin' | 'developer' | 'viewer';

/** What a role may do in an organisation, as the host names it. */
export type Permission =
  | 'connections.view'
  | 'connections.manage_sandbox'
  | 'connections.manage_live'
  | 'api_keys'
  | 'webhooks'
  | 'members'
  | 'settings'
  | 'audit.view'
  | 'ownership';

export interface Organisation {
  id: string;
  name: string;
  role?: Role;
  /** What the signed-in user's role allows here; the host decides, the dashboard only hides. */
  permissions?: Permission[];
  defaultCurrency: string;
  enabledCurrencies: string[];
  /** Time between two scheduled checks of each connection (`6h`); null for the host's default. */
  checkInterval?: string | null;
  /** How the hosted connect page looks to a platform's end users; null for PayCore's look. */
  brand?: Brand | null;
}

/** The hosted connect page's look: name, logo (a `data:` image), primary colour, theme. */
export interface Brand {
  name?: string;
  logo?: string;
  primaryColor?: string;
  theme?: 'light' | 'dark';
}

/** `GET /api/me`. */
export interface Me {
  user: User;
  organisations: Organisation[];
  currentOrgId: string | null;
  isAdmin?: boolean;
}

export interface ApiKey {
  id: string;
  name: string;
  /** The key's last four characters, to recognise it. */
  hint?: string;
  /** What the key may do; never more than its creator's role. */
  role?: Exclude<Role, 'owner'>;
  createdAt: string;
  createdBy?: string;
  lastUsedAt?: string | null;
}

/** The answer to creating an API key: the only time its secret is shown. */
export interface CreatedApiKey extends ApiKey {
  key: string;
}

/** The provider account a verify found: who the provider says it is, plus other scalar details. */
export interface VerifiedAccount {
  id?: string;
  name?: string;
  email?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** ISO 4217. */
  defaultCurrency?: string;
  currencies?: string[];
  /** `true` for a live account, `false` for a test one. */
  livemode?: boolean;
  [detail: string]: string | number | boolean | null | undefined | string[];
}

export type ServiceDirection = 'payment' | 'payout';

/** One service of a connection: a method in a currency the account can (or cannot) take. */
export interface ConnectionService {
  direction: ServiceDirection;
  method: string;
  methodName?: string;
  currency: string;
  flow?: string;
  /** `account`: read from the account; `manifest`: assumed from the connector. */
  source: 'account' | 'manifest';
  available: boolean;
  /** Why it is not available. */
  reason?: string;
  /** Whether the merchant uses it (only an available service can be). */
  enabled: boolean;
}

/** A connection's services and where they come from. */
export interface ConnectionServices {
  source: 'account' | 'manifest';
  discoveredAt: string;
  /** Why the services come from the manifest, or why the last read of the account failed. */
  note?: string;
  items: ConnectionService[];
}

/** One switch sent to `PATCH …/services`. */
export interface ServiceToggle {
  direction: ServiceDirection;
  method: string;
  currency: string;
  flow?: string;
  enabled: boolean;
}

/** One answer of "where can I take …": an enabled, available service of one connection. */
export interface UsableService {
  connectionId: string;
  providerId: string;
  providerName: string;
  environment: Environment;
  label: string | null;
  direction: ServiceDirection;
  method: string;
  methodName?: string;
  currency: string;
  flow?: string;
}

export type VerifyFailureReason =
  | 'invalid_credentials'
  | 'insufficient_permissions'
  | 'wrong_environment'
  | 'account_inactive'
  | 'provider_unavailable'
  | 'timeout'
  | 'network_error'
  | 'misconfigured'
  | 'connector_failed';

export type VerifyResult =
  | {
      ok: true;
      account?: VerifiedAccount;
      /** What connecting would enable. */
      services?: ConnectionServices;
    }
  | {
      ok: false;
      reason: VerifyFailureReason;
      /** With `connector_failed`: what the connector's code did. */
      fault?: string;
      message: string;
      fields?: string[];
      retryable: boolean;
    };

/**
 * What the last check of a connection concluded: `degraded` when the provider could not be
 * reached (not the credentials' fault; PayCore retries), `needs_reconnect` when it rejected them.
 */
export type ConnectionHealth = 'healthy' | 'degraded' | 'needs_reconnect';

/** A platform's end user (the platform's own id, and what it told PayCore about them). */
export interface EndUser {
  id: string;
  email?: string;
  displayName?: string;
}

/** Who did something: a signed-in person, an organisation API key, or PayCore itself (a scheduled check). */
export interface Actor {
  /** `connect_session`: a platform's end user through a connect session (the id is the session's). */
  type: 'user' | 'api_key' | 'system' | 'connect_session';
  id: string;
  email?: string;
  name?: string;
  /** In the audit log: the user's e-mail or the key's name at the time. */
  label?: string | null;
}

/** The outcome of the last verify, as stored. */
export interface LastVerification {
  ok: boolean;
  reason?: string;
  message?: string;
}

export interface Connection {
  id: string;
  providerId: string;
  providerName?: string;
  environment: Environment;
  label: string | null;
  health: ConnectionHealth;
  /** The credential fields that are not secret, as submitted. */
  credentials: Record<string, unknown>;
  /** Secret field → masked hint (last four characters). */
  secretHints: Record<string, string>;
  credentialsVersion?: number;
  account: VerifiedAccount | null;
  /** The last verify of the stored credentials, scheduled or asked for. */
  lastCheckedAt: string | null;
  lastSuccessAt: string | null;
  nextCheckAt: string | null;
  lastVerification: LastVerification | null;
  /** The platform's end user who connected it through a connect session; null otherwise. */
  endUser?: EndUser | null;
  createdAt: string;
  updatedAt?: string;
  createdBy?: Actor | null;
  updatedBy?: Actor | null;
}

export type ConnectionEventType =
  | 'created'
  | 'verified'
  | 'updated'
  | 'deleted'
  | 'services_changed'
  | 'degraded'
  | 'needs_reconnect'
  | 'recovered';

export interface ConnectionEvent {
  id: string;
  type: ConnectionEventType | string;
  ok?: boolean;
  reason?: string;
  message?: string;
  /** For `updated`: the label from and to, the credential fields that got new values. */
  changes?: EventChange[];
  actor?: Actor | null;
  at: string;
}

/** One thing an update changed. */
export type EventChange =
  | { field: 'label'; from: string | null; to: string | null }
  | { field: 'credentials'; replaced: string[] };

/**
 * The events a webhook endpoint can subscribe to, in the order the form lists them: the host's
 * list (`WEBHOOK_EVENT_TYPES` of @paycore/webhooks), repeated here because the dashboard only
 * talks to the HTTP API.
 */
export const WEBHOOK_EVENT_TYPES = [
  'connection.created',
  'connection.updated',
  'connection.deleted',
  'connection.verified',
  'connection.degraded',
  'connection.needs_reconnect',
  'connection.recovered',
  'connection_request.created',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** An organisation's webhook endpoint (never its secret). */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: WebhookEventType[];
  description: string | null;
  enabled: boolean;
  /** Why PayCore disabled it. */
  disabledReason: string | null;
  failingSince: string | null;
  /** After a rotation, the old secret signs too until then. */
  previousSecretUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A new endpoint or a rotated secret: the only time the secret is shown. */
export interface WebhookWithSecret {
  webhook: WebhookEndpoint;
  secret: string;
}

/** One attempt to deliver an event. */
export interface DeliveryAttempt {
  attempt: number;
  at: string;
  /** Null when no answer came (see `error`). */
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  responseExcerpt: string | null;
}

/** A delivery of one event to one endpoint. */
export interface WebhookDelivery {
  id: string;
  eventId: string;
  eventType: string;
  state: 'pending' | 'succeeded' | 'failed';
  /** Newest first. */
  attempts: DeliveryAttempt[];
  nextAttemptAt: string | null;
  createdAt: string;
  completedAt: string | null;
}

/** A member of an organisation. */
export interface Member {
  userId: string;
  email: string;
  role: Role;
  joinedAt: string;
}

/** A pending invitation (never its token). */
export interface Invitation {
  id: string;
  email: string;
  role: Exclude<Role, 'owner'>;
  invitedBy: Actor;
  createdAt: string;
  expiresAt: string;
}

/** What an invitation link is for. */
export interface InvitationPreview {
  orgName: string;
  email: string;
  role: Exclude<Role, 'owner'>;
  expiresAt: string;
  state: 'pending' | 'accepted' | 'revoked' | 'expired';
}

/** One entry of the audit log. */
export interface AuditEntry {
  id: string;
  at: string;
  action: string;
  actor: Actor;
  target: { type: string; id: string } | null;
  details: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
}

/** A page of the audit log. */
export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}
