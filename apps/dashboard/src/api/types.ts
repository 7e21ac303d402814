import type { paths } from './generated/schema';

// Every type here comes from the host's OpenAPI document (`pnpm codegen` → generated/schema.ts):
// the host's routes are the one source of the API's shapes. The names are the dashboard's own.

/** The JSON body of an operation's success answer (200 or 201), as the host's document declares it. */
export type Ok<Operation> = Operation extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : Operation extends { responses: { 201: { content: { 'application/json': infer Body } } } }
    ? Body
    : never;

/** The JSON body an operation takes. */
export type Body<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Sent } };
}
  ? Sent
  : never;

/** The query parameters an operation takes. */
export type Query<Operation> = Operation extends { parameters: { query?: infer Parameters } }
  ? NonNullable<Parameters>
  : never;

type Item<List> = List extends { items: (infer One)[] } ? One : never;

/** One page of the directory. */
export type ProviderPage = Ok<paths['/api/providers']['get']>;
/** One provider of the directory list. */
export type ProviderSummary = ProviderPage['items'][number];
/** A payment or payout method, with how many providers of the directory offer it. */
export type MethodInfo = Ok<paths['/api/methods']['get']>['paymentMethods'][number];
/** A currency, with how many providers offer it. */
export type CurrencyInfo = Item<Ok<paths['/api/currencies']['get']>>;
/** A country, with how many providers serve it. */
export type CountryInfo = Item<Ok<paths['/api/countries']['get']>>;
/** A connection request of the organisation. */
export type ConnectionRequest = Item<Ok<paths['/api/orgs/{orgId}/connection-requests']['get']>>;
/** Where a connection request stands; a platform admin moves it. */
export type RequestStatus = ConnectionRequest['status'];

/** The provider overview. */
export type ProviderDetail = Ok<paths['/api/providers/{providerId}']['get']>;
export type ProviderStatus = ProviderDetail['status'];
/** One environment a provider can be connected in. */
export type EnvironmentInfo = ProviderDetail['environments'][number];
export type Environment = EnvironmentInfo['name'];
/** A code of the vocabulary with its name. */
export type Named = ProviderDetail['countries'][number];
/** A payment or payout service: a method in a currency, optionally with limits. */
export type Service = ProviderDetail['paymentServices'][number];
/** The connect form of a ready provider. */
export type CredentialForm = NonNullable<ProviderDetail['credentialForm']>;
/** A JSON Schema object as the credential form declares it. */
export type CredentialSchema = CredentialForm['schema'];
/** One credential field of the schema. */
export type CredentialProperty = CredentialSchema['properties'][string];
/** The rjsf hints the host derives from the schema. */
export type UiSchema = CredentialForm['uiSchema'];

/** `GET /api/me`. */
export type Me = Ok<paths['/api/me']['get']>;
export type User = Me['user'];
/** An organisation, with the signed-in user's role and what it allows there. */
export type Organisation = Me['organisations'][number];
/** A member's role (the host's permission matrix, apps/host README). */
export type Role = NonNullable<Organisation['role']>;
/** What a role may do in an organisation, as the host names it. */
export type Permission = NonNullable<Organisation['permissions']>[number];
/** The hosted connect page's look: name, logo (a `data:` image), primary colour, theme. */
export type Brand = NonNullable<Organisation['brand']>;

export type ApiKey = Item<Ok<paths['/api/orgs/{orgId}/api-keys']['get']>>;
/** The answer to creating an API key: the only time its secret is shown. */
export type CreatedApiKey = ApiKey & { key: string };

/** Verifies credentials without storing them: what it answers. */
export type VerifyResult = Ok<paths['/api/orgs/{orgId}/connections/check']['post']>;
export type VerifyFailureReason = Extract<VerifyResult, { ok: false }>['reason'];
/** The provider account a verify found: who the provider says it is, plus other scalar details. */
export type VerifiedAccount = NonNullable<Extract<VerifyResult, { ok: true }>['account']>;
/** A connection's services and where they come from. */
export type ConnectionServices = Ok<paths['/api/orgs/{orgId}/connections/{connectionId}/services']['get']>;
/** One service of a connection: a method in a currency the account can (or cannot) take. */
export type ConnectionService = ConnectionServices['items'][number];
export type ServiceDirection = ConnectionService['direction'];
/** One switch sent to `PATCH …/services`. */
export type ServiceToggle = Body<
  paths['/api/orgs/{orgId}/connections/{connectionId}/services']['patch']
>['items'][number];
/** One answer of "where can I take …": an enabled, available service of one connection. */
export type UsableService = Item<Ok<paths['/api/orgs/{orgId}/services']['get']>>;

export type Connection = Ok<paths['/api/orgs/{orgId}/connections/{connectionId}']['get']>;
/**
 * What the last check of a connection concluded: `degraded` when the provider could not be
 * reached (not the credentials' fault; PayCore retries), `needs_reconnect` when it rejected them.
 */
export type ConnectionHealth = Connection['health'];
/** The outcome of the last verify, as stored. */
export type LastVerification = NonNullable<Connection['lastVerification']>;
/** A platform's end user (the platform's own id, and what it told PayCore about them). */
export type EndUser = NonNullable<Connection['endUser']>;

export type ConnectionEvent = Item<Ok<paths['/api/orgs/{orgId}/connections/{connectionId}/events']['get']>>;
export type ConnectionEventType = ConnectionEvent['type'];
/** One thing an update changed. */
export type EventChange = NonNullable<ConnectionEvent['changes']>[number];

/** One entry of the audit log. */
export type AuditEntry = Item<AuditPage>;
/** A page of the audit log. */
export type AuditPage = Ok<paths['/api/orgs/{orgId}/audit']['get']>;
/** Who did something: a signed-in person, an organisation API key, or PayCore itself (a scheduled check). */
export type Actor = AuditEntry['actor'];

/** An organisation's webhook endpoint (never its secret). */
export type WebhookEndpoint = Ok<paths['/api/orgs/{orgId}/webhooks/{webhookId}']['get']>;
export type WebhookEventType = WebhookEndpoint['events'][number];
/** A new endpoint or a rotated secret: the only time the secret is shown. */
export type WebhookWithSecret = Ok<paths['/api/orgs/{orgId}/webhooks']['post']>;
/** A delivery of one event to one endpoint. */
export type WebhookDelivery = Item<Ok<paths['/api/orgs/{orgId}/webhooks/{webhookId}/deliveries']['get']>>;
/** One attempt to deliver an event. */
export type DeliveryAttempt = WebhookDelivery['attempts'][number];

/**
 * The events a webhook endpoint can subscribe to, in the order the form lists them. The host's
 * document declares the same list (`WebhookEventType`); `satisfies` below fails the typecheck
 * if this one names an event the host does not know, and {@link AllEvents} if it misses one.
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
] as const satisfies readonly WebhookEventType[];
type AllEvents = Exclude<WebhookEventType, (typeof WEBHOOK_EVENT_TYPES)[number]> extends never ? true : never;
const allEvents: AllEvents = true;
void allEvents;

/** A member of an organisation. */
export type Member = Item<Ok<paths['/api/orgs/{orgId}/members']['get']>>;
/** A pending invitation (never its token). */
export type Invitation = Item<Ok<paths['/api/orgs/{orgId}/invitations']['get']>>;
/** A role an invitation or a role change may give: never owner, which only a transfer hands on. */
export type GrantableRole = Invitation['role'];
/** What an invitation link is for. */
export type InvitationPreview = Ok<paths['/api/invitations/lookup']['post']>;
