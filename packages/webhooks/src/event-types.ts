/** What the last scheduled check of a connection concluded. */
export const CONNECTION_HEALTH = ['healthy', 'degraded', 'needs_reconnect'] as const;

/**
 * `healthy`: the provider accepted the credentials on the last check. `degraded`: the provider
 * could not be reached (the credentials are not known to be bad; checks are retried).
 * `needs_reconnect`: the provider rejected the credentials, or the provider's form changed.
 */
export type ConnectionHealth = (typeof CONNECTION_HEALTH)[number];

/** Every event an endpoint can subscribe to; the host and receivers share this one list. */
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

/** One of {@link WEBHOOK_EVENT_TYPES}. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The event "Send a test event" delivers to one endpoint; nobody subscribes to it. */
export const TEST_EVENT_TYPE = 'webhook.test';

/** A connection as events carry it: the API's connection view, never a secret value. */
export interface WebhookConnection {
  id: string;
  organisationId: string;
  providerId: string;
  providerName: string;
  environment: 'sandbox' | 'live';
  label: string | null;
  health: ConnectionHealth;
  lastCheckedAt: string | null;
  lastSuccessAt: string | null;
  nextCheckAt: string | null;
  /**
   * The platform's end user who connected it through a connect session (your own id for them);
   * null for connections made in the dashboard or with an API key.
   */
  endUser: { id: string; email?: string; displayName?: string } | null;
  /** Non-secret credential fields, masked secret hints, account details and the rest of the view. */
  [field: string]: unknown;
}

/** `data` of every `connection.*` event. */
export interface ConnectionEventData {
  connection: WebhookConnection;
  /** With health changes: what the health was before. */
  previousHealth?: ConnectionHealth;
  /** With `connection.degraded` and `connection.needs_reconnect`: the verify's reason and message. */
  reason?: string;
  message?: string;
}

/** `data` of `connection_request.created`. */
export interface ConnectionRequestEventData {
  connectionRequest: {
    id: string;
    providerId: string | null;
    name: string | null;
    website: string | null;
    message: string | null;
    createdAt: string;
  };
}

/** `data` of the test event. */
export interface TestEventData {
  webhookId: string;
  message: string;
}

interface EventEnvelope<T extends string, D> {
  /** The event's id; deliveries of one event repeat it, so receivers use it to drop repeats. */
  id: string;
  type: T;
  /** When the change happened (ISO 8601). */
  createdAt: string;
  orgId: string;
  data: D;
}

/** A webhook body as PayCore sends it. */
export type WebhookEvent =
  | EventEnvelope<Exclude<WebhookEventType, 'connection_request.created'>, ConnectionEventData>
  | EventEnvelope<'connection_request.created', ConnectionRequestEventData>
  | EventEnvelope<typeof TEST_EVENT_TYPE, TestEventData>;
