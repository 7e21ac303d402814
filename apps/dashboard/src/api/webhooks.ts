import { api } from './client';
import type { WebhookDelivery, WebhookEndpoint, WebhookEventType, WebhookWithSecret } from './types';

const webhooks = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/webhooks`;
const webhook = (orgId: string, id: string) => `${webhooks(orgId)}/${encodeURIComponent(id)}`;

/** What registering or changing an endpoint sends. */
export interface WebhookInput {
  url: string;
  events: WebhookEventType[];
  description?: string;
}

export async function listWebhooks(orgId: string, signal?: AbortSignal): Promise<WebhookEndpoint[]> {
  return (await api.get<{ items: WebhookEndpoint[] }>(webhooks(orgId), signal)).items;
}

export function getWebhook(orgId: string, id: string, signal?: AbortSignal): Promise<WebhookEndpoint> {
  return api.get<WebhookEndpoint>(webhook(orgId, id), signal);
}

/** Registers an endpoint; the answer is the only time its signing secret is shown. */
export function createWebhook(orgId: string, input: WebhookInput): Promise<WebhookWithSecret> {
  return api.post<WebhookWithSecret>(webhooks(orgId), input);
}

/** Changes an endpoint; `enabled: true` turns one PayCore disabled back on. */
export function updateWebhook(
  orgId: string,
  id: string,
  input: Partial<WebhookInput> & { enabled?: boolean },
): Promise<WebhookEndpoint> {
  return api.patch<WebhookEndpoint>(webhook(orgId, id), input);
}

export function deleteWebhook(orgId: string, id: string): Promise<void> {
  return api.delete(webhook(orgId, id));
}

/** A new signing secret, shown once; the old one keeps signing for a day. */
export function rotateWebhookSecret(orgId: string, id: string): Promise<WebhookWithSecret> {
  return api.post<WebhookWithSecret>(`${webhook(orgId, id)}/rotate-secret`);
}

/** Queues a `webhook.test` event for this endpoint. */
export function sendTestEvent(orgId: string, id: string): Promise<{ eventId: string }> {
  return api.post<{ eventId: string }>(`${webhook(orgId, id)}/test`);
}

export async function listDeliveries(
  orgId: string,
  id: string,
  signal?: AbortSignal,
): Promise<WebhookDelivery[]> {
  return (await api.get<{ items: WebhookDelivery[] }>(`${webhook(orgId, id)}/deliveries`, signal)).items;
}

/** Sends a delivery again now, with the same event id. */
export function redeliver(orgId: string, id: string, deliveryId: string): Promise<void> {
  return api.post(`${webhook(orgId, id)}/deliveries/${encodeURIComponent(deliveryId)}/retry`);
}
