import { TEST_EVENT_TYPE, type WebhookEventType } from '@paycore/webhooks';
import type { Keyring } from '../crypto/keyring.js';
import { newId } from '../crypto/tokens.js';
import type { Database } from '../db/database.js';
import { ApiError, notFound, validationError } from '../http/errors.js';
import { nowIso } from '../store/actor.js';
import { type LoggedDelivery, listDeliveries, requeueDelivery } from '../store/delivery-log.js';
import { newOutboxEvent, outboxInsert } from '../store/outbox.js';
import { insertDelivery } from '../store/webhook-deliveries.js';
import {
  deleteEndpoint,
  type EndpointPatch,
  getEndpoint,
  insertEndpoint,
  readSecrets,
  replaceSecrets,
  updateEndpoint,
  type WebhookEndpoint,
} from '../store/webhook-endpoints.js';
import { newSigningSecret, PREVIOUS_SECRET_GRACE_MS, sealSecret } from './webhook-secrets.js';
import { webhookUrlProblem } from './webhook-url.js';

/** What managing endpoints needs. */
export interface WebhookDeps {
  db: Database;
  keyring: Keyring;
  /** `PAYCORE_WEBHOOKS_ALLOW_PRIVATE`: http and private addresses are accepted. */
  allowPrivate: boolean;
}

/** A new endpoint. */
export interface EndpointInput {
  url: string;
  events: WebhookEventType[];
  description?: string | null;
}

function checkUrl(deps: WebhookDeps, url: string | undefined): void {
  const problem = url === undefined ? undefined : webhookUrlProblem(url, deps.allowPrivate);
  if (problem) throw validationError([{ path: '/url', message: problem }]);
}

/** The organisation's endpoint, or 404. */
export async function requireEndpoint(db: Database, orgId: string, id: string): Promise<WebhookEndpoint> {
  const endpoint = await getEndpoint(db, orgId, id);
  if (!endpoint) throw notFound('The webhook endpoint');
  return endpoint;
}

/** Registers an endpoint; its signing secret is returned here only. */
export async function createEndpoint(
  deps: WebhookDeps,
  orgId: string,
  input: EndpointInput,
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  checkUrl(deps, input.url);
  const now = nowIso();
  const endpoint: WebhookEndpoint = {
    id: newId('wh'),
    orgId,
    url: input.url,
    events: [...input.events],
    description: input.description ?? null,
    enabled: true,
    disabledReason: null,
    failingSince: null,
    previousSecretUntil: null,
    createdAt: now,
    updatedAt: now,
  };
  const secret = newSigningSecret();
  await insertEndpoint(deps.db, endpoint, sealSecret(deps.keyring, orgId, endpoint.id, secret));
  return { endpoint, secret };
}

/** Changes an endpoint; `enabled: true` turns a disabled one back on. */
export async function changeEndpoint(
  deps: WebhookDeps,
  orgId: string,
  id: string,
  patch: EndpointPatch,
): Promise<WebhookEndpoint> {
  await requireEndpoint(deps.db, orgId, id);
  checkUrl(deps, patch.url);
  const updated = await updateEndpoint(deps.db, orgId, id, patch);
  if (!updated) throw notFound('The webhook endpoint');
  return updated;
}

/** Deletes an endpoint, its deliveries and their log. */
export async function removeEndpoint(deps: WebhookDeps, orgId: string, id: string): Promise<void> {
  if (!(await deleteEndpoint(deps.db, orgId, id))) throw notFound('The webhook endpoint');
}

/** A new signing secret, returned once; the old one keeps signing too for a day. */
export async function rotateSecret(
  deps: WebhookDeps,
  orgId: string,
  id: string,
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  await requireEndpoint(deps.db, orgId, id);
  const sealed = await readSecrets(deps.db, id);
  if (!sealed) throw notFound('The webhook endpoint');
  const secret = newSigningSecret();
  const replaced = await replaceSecrets(deps.db, id, sealed.secret, {
    secret: sealSecret(deps.keyring, orgId, id, secret),
    previousSecret: sealed.secret,
    previousSecretUntil: new Date(Date.now() + PREVIOUS_SECRET_GRACE_MS).toISOString(),
  });
  if (!replaced)
    throw new ApiError('conflict', 'The secret was rotated by another request at the same moment');
  return { endpoint: await requireEndpoint(deps.db, orgId, id), secret };
}

/** Queues a `webhook.test` event for this endpoint only; answers its event id. */
export async function sendTestEvent(
  deps: WebhookDeps,
  orgId: string,
  id: string,
): Promise<{ eventId: string }> {
  const endpoint = await requireEndpoint(deps.db, orgId, id);
  if (!endpoint.enabled) throw new ApiError('conflict', 'The endpoint is disabled: enable it first');
  const event = newOutboxEvent(orgId, TEST_EVENT_TYPE, undefined, {
    webhookId: id,
    message: 'A test event from PayCore: your endpoint receives and verifies webhooks.',
  });
  await deps.db.transaction(async (tx) => {
    const { sql, params } = outboxInsert(event, true);
    await tx.run(sql, params);
    await insertDelivery(
      tx,
      { eventId: event.id, endpointId: id, orderingKey: event.orderingKey, seq: 1 },
      event.createdAt,
    );
  });
  return { eventId: event.id };
}

/** The endpoint's deliveries, newest first. */
export async function endpointDeliveries(
  deps: WebhookDeps,
  orgId: string,
  id: string,
  limit: number,
): Promise<LoggedDelivery[]> {
  await requireEndpoint(deps.db, orgId, id);
  return listDeliveries(deps.db, id, limit);
}

/** Sends a delivery again now (same event id), with a fresh retry window. */
export async function redeliver(
  deps: WebhookDeps,
  orgId: string,
  id: string,
  deliveryId: string,
): Promise<void> {
  const endpoint = await requireEndpoint(deps.db, orgId, id);
  if (!endpoint.enabled) throw new ApiError('conflict', 'The endpoint is disabled: enable it first');
  const outcome = await requeueDelivery(deps.db, id, deliveryId, nowIso());
  if (outcome === 'missing') throw notFound('The delivery');
  if (outcome === 'busy') throw new ApiError('conflict', 'The delivery is being sent right now');
}
