import type { WebhookEventType } from '../../api/types';

/** Plain words for each event type, for the form and the delivery log. */
export const EVENT_LABELS: Record<WebhookEventType | 'webhook.test', string> = {
  'connection.created': 'Connection created',
  'connection.updated': 'Connection updated',
  'connection.deleted': 'Connection deleted',
  'connection.verified': 'Connection verified',
  'connection.degraded': 'Provider unreachable (degraded)',
  'connection.needs_reconnect': 'Needs reconnect',
  'connection.recovered': 'Recovered',
  'connection_request.created': 'Connection requested',
  'webhook.test': 'Test event',
};

/** The label of an event type the dashboard may not know yet. */
export function eventLabel(type: string): string {
  return EVENT_LABELS[type as WebhookEventType] ?? type;
}
