import type { paths } from './generated/schema';
import { http, unwrap } from './http';
import type { Body, WebhookDelivery, WebhookEndpoint, WebhookWithSecret } from './types';

/** What registering an endpoint sends. */
export type WebhookInput = Body<paths['/api/orgs/{orgId}/webhooks']['post']>;
/** What changing an endpoint sends; `enabled: true` turns one PayCore disabled back on. */
export type WebhookChange = Body<paths['/api/orgs/{orgId}/webhooks/{webhookId}']['patch']>;

export async function listWebhooks(orgId: string, signal?: AbortSignal): Promise<WebhookEndpoint[]> {
  return (
    await unwrap(http.GET('/api/orgs/{orgId}/webhooks', { params: { path: { orgId } }, signal }), signal)
  ).items;
}

export function getWebhook(orgId: string, webhookId: string, signal?: AbortSignal): Promise<WebhookEndpoint> {
  return unwrap(
    http.GET('/api/orgs/{orgId}/webhooks/{webhookId}', { params: { path: { orgId, webhookId } }, signal }),
    signal,
  );
}

/** Registers an endpoint; the answer is the only time its signing secret is shown. */
export function createWebhook(orgId: string, input: WebhookInput): Promise<WebhookWithSecret> {
  return unwrap(http.POST('/api/orgs/{orgId}/webhooks', { params: { path: { orgId } }, body: input }));
}

/** Changes an endpoint; `enabled: true` turns one PayCore disabled back on. */
export function updateWebhook(
  orgId: string,
  webhookId: string,
  input: WebhookChange,
): Promise<WebhookEndpoint> {
  return unwrap(
    http.PATCH('/api/orgs/{orgId}/webhooks/{webhookId}', {
      params: { path: { orgId, webhookId } },
      body: input,
    }),
  );
}

export async function deleteWebhook(orgId: string, webhookId: string): Promise<void> {
  await unwrap(
    http.DELETE('/api/orgs/{orgId}/webhooks/{webhookId}', { params: { path: { orgId, webhookId } } }),
  );
}

/** A new signing secret, shown once; the old one keeps signing for a day. */
export function rotateWebhookSecret(orgId: string, webhookId: string): Promise<WebhookWithSecret> {
  return unwrap(
    http.POST('/api/orgs/{orgId}/webhooks/{webhookId}/rotate-secret', {
      params: { path: { orgId, webhookId } },
    }),
  );
}

/** Queues a `webhook.test` event for this endpoint. */
export function sendTestEvent(orgId: string, webhookId: string) {
  return unwrap(
    http.POST('/api/orgs/{orgId}/webhooks/{webhookId}/test', { params: { path: { orgId, webhookId } } }),
  );
}

export async function listDeliveries(
  orgId: string,
  webhookId: string,
  signal?: AbortSignal,
): Promise<WebhookDelivery[]> {
  return (
    await unwrap(
      http.GET('/api/orgs/{orgId}/webhooks/{webhookId}/deliveries', {
        params: { path: { orgId, webhookId } },
        signal,
      }),
      signal,
    )
  ).items;
}

/** Sends a delivery again now, with the same event id. */
export async function redeliver(orgId: string, webhookId: string, deliveryId: string): Promise<void> {
  await unwrap(
    http.POST('/api/orgs/{orgId}/webhooks/{webhookId}/deliveries/{deliveryId}/retry', {
      params: { path: { orgId, webhookId, deliveryId } },
    }),
  );
}
