import i18next from 'i18next';
import type { WebhookEventType } from '../../api/types';

/** Plain words for each event type, for the form and the delivery log, in the chosen language. */
const EVENT_LABELS: Record<WebhookEventType | 'webhook.test', () => string> = {
  'connection.created': () => i18next.t('webhooks.events.connectionCreated'),
  'connection.updated': () => i18next.t('webhooks.events.connectionUpdated'),
  'connection.deleted': () => i18next.t('webhooks.events.connectionDeleted'),
  'connection.verified': () => i18next.t('webhooks.events.connectionVerified'),
  'connection.degraded': () => i18next.t('webhooks.events.connectionDegraded'),
  'connection.needs_reconnect': () => i18next.t('webhooks.events.connectionNeedsReconnect'),
  'connection.recovered': () => i18next.t('webhooks.events.connectionRecovered'),
  'connection_request.created': () => i18next.t('webhooks.events.requestCreated'),
  'webhook.test': () => i18next.t('webhooks.events.test'),
};

/** The label of an event type; one the dashboard does not know yet is shown as its code. */
export function eventLabel(type: string): string {
  return Object.hasOwn(EVENT_LABELS, type) ? EVENT_LABELS[type as WebhookEventType]() : type;
}
