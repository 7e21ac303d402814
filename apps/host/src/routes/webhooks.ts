import { auditContext } from '../http/audit-context.js';
import { appendAudit } from '../store/audit.js';
import type { AppDeps } from '../deps.js';
import type { Api } from '../http/api.js';
import { COMMON_ERRORS, errorResponse, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  CREATE_WEBHOOK_BODY,
  type CreateWebhookBody,
  DELIVERIES_QUERY,
  PATCH_WEBHOOK_BODY,
  type PatchWebhookBody,
  TEST_EVENT_RESULT,
  WEBHOOK,
  WEBHOOK_DELIVERY,
  WEBHOOK_WITH_SECRET,
} from '../schemas/webhooks.js';
import {
  changeEndpoint,
  createEndpoint,
  endpointDeliveries,
  redeliver,
  removeEndpoint,
  requireEndpoint,
  rotateSecret,
  sendTestEvent,
  type WebhookDeps,
} from '../services/webhooks.js';
import { listEndpoints, type WebhookEndpoint } from '../store/webhook-endpoints.js';

/** An endpoint as answered: everything but the organisation id the path already names. */
function view({ orgId: _orgId, ...endpoint }: WebhookEndpoint) {
  return endpoint;
}

const DISABLED = errorResponse('The endpoint is disabled (`conflict`): enable it first');

/** Webhook endpoints: register, list, change, delete, rotate the secret, test, and the delivery log. */
export function registerWebhookRoutes(api: Api, deps: AppDeps): void {
  const services: WebhookDeps = {
    db: deps.db,
    keyring: deps.keyring,
    allowPrivate: deps.settings.webhooksAllowPrivate,
  };
  const base = '/api/orgs/:orgId/webhooks';
  const one = `${base}/:webhookId`;
  const params = { orgId: PARAMS.orgId };
  const oneParams = { ...params, webhookId: PARAMS.webhookId };
  const spec = { tag: 'webhooks', auth: 'org' as const, permission: 'webhooks' as const };

  api.route<CreateWebhookBody>(
    {
      ...spec,
      method: 'post',
      path: base,
      operationId: 'createWebhook',
      summary: 'Register an endpoint for events; the signing secret is answered only now',
      params,
      body: CREATE_WEBHOOK_BODY,
      responses: {
        201: { description: 'Registered', schema: WEBHOOK_WITH_SECRET },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
      },
    },
    async ({ req, auth, body }) => {
      const { endpoint, secret } = await createEndpoint(services, auth.orgId!, body);
      await appendAudit(
        deps.db,
        auth.orgId!,
        auditContext(req, auth),
        'webhook.created',
        {
          type: 'webhook',
          id: endpoint.id,
        },
        { url: endpoint.url, events: endpoint.events },
      );
      return { status: 201, body: { webhook: view(endpoint), secret } };
    },
  );

  api.route(
    {
      ...spec,
      method: 'get',
      path: base,
      operationId: 'listWebhooks',
      summary: "The organisation's endpoints, oldest first",
      params,
      responses: { 200: { description: 'Endpoints', schema: listOf(WEBHOOK) }, ...ORG_ERRORS },
    },
    async ({ auth }) => ({ body: { items: (await listEndpoints(deps.db, auth.orgId!)).map(view) } }),
  );

  api.route(
    {
      ...spec,
      method: 'get',
      path: one,
      operationId: 'getWebhook',
      summary: 'One endpoint',
      params: oneParams,
      responses: { 200: { description: 'The endpoint', schema: WEBHOOK }, ...ORG_ERRORS },
    },
    async ({ auth, params: p }) => ({
      body: view(await requireEndpoint(deps.db, auth.orgId!, p.webhookId!)),
    }),
  );

  api.route<PatchWebhookBody>(
    {
      ...spec,
      method: 'patch',
      path: one,
      operationId: 'updateWebhook',
      summary: 'Change the URL, events or description, or enable or disable the endpoint',
      params: oneParams,
      body: PATCH_WEBHOOK_BODY,
      responses: { 200: { description: 'Updated', schema: WEBHOOK }, ...COMMON_ERRORS, ...ORG_ERRORS },
    },
    async ({ req, auth, body, params: p }) => {
      const endpoint = await changeEndpoint(services, auth.orgId!, p.webhookId!, body);
      await appendAudit(
        deps.db,
        auth.orgId!,
        auditContext(req, auth),
        'webhook.updated',
        {
          type: 'webhook',
          id: endpoint.id,
        },
        { fields: Object.keys(body).sort() },
      );
      return { body: view(endpoint) };
    },
  );

  api.route(
    {
      ...spec,
      method: 'delete',
      path: one,
      operationId: 'deleteWebhook',
      summary: 'Delete an endpoint with its delivery log',
      params: oneParams,
      responses: { 204: { description: 'Deleted' }, ...ORG_ERRORS },
    },
    async ({ req, auth, params: p }) => {
      await removeEndpoint(services, auth.orgId!, p.webhookId!);
      await appendAudit(deps.db, auth.orgId!, auditContext(req, auth), 'webhook.deleted', {
        type: 'webhook',
        id: p.webhookId!,
      });
      return { status: 204 };
    },
  );

  api.route(
    {
      ...spec,
      method: 'post',
      path: `${one}/rotate-secret`,
      operationId: 'rotateWebhookSecret',
      summary: 'A new signing secret, answered only now; the old one keeps signing for 24 hours',
      params: oneParams,
      responses: {
        200: { description: 'The new secret', schema: WEBHOOK_WITH_SECRET },
        ...ORG_ERRORS,
        409: errorResponse('Rotated by another request at the same moment (`conflict`)'),
      },
    },
    async ({ req, auth, params: p }) => {
      const { endpoint, secret } = await rotateSecret(services, auth.orgId!, p.webhookId!);
      await appendAudit(deps.db, auth.orgId!, auditContext(req, auth), 'webhook.secret_rotated', {
        type: 'webhook',
        id: endpoint.id,
      });
      return { body: { webhook: view(endpoint), secret } };
    },
  );

  api.route(
    {
      ...spec,
      method: 'post',
      path: `${one}/test`,
      operationId: 'testWebhook',
      summary: 'Send a `webhook.test` event to this endpoint; its delivery shows in the log',
      params: oneParams,
      responses: { 202: { description: 'Queued', schema: TEST_EVENT_RESULT }, ...ORG_ERRORS, 409: DISABLED },
    },
    async ({ auth, params: p }) => ({
      status: 202,
      body: await sendTestEvent(services, auth.orgId!, p.webhookId!),
    }),
  );

  api.route<undefined, { limit?: number }>(
    {
      ...spec,
      method: 'get',
      path: `${one}/deliveries`,
      operationId: 'listWebhookDeliveries',
      summary:
        "The endpoint's deliveries, newest first, each with its attempts (status, latency, response excerpt)",
      params: oneParams,
      query: DELIVERIES_QUERY,
      responses: { 200: { description: 'Deliveries', schema: listOf(WEBHOOK_DELIVERY) }, ...ORG_ERRORS },
    },
    async ({ auth, params: p, query }) => ({
      body: { items: await endpointDeliveries(services, auth.orgId!, p.webhookId!, query.limit ?? 50) },
    }),
  );

  api.route(
    {
      ...spec,
      method: 'post',
      path: `${one}/deliveries/:deliveryId/retry`,
      operationId: 'retryWebhookDelivery',
      summary: 'Send a delivery again now (the same event id), with a fresh retry window',
      params: { ...oneParams, deliveryId: PARAMS.deliveryId },
      responses: {
        202: { description: 'Queued' },
        ...ORG_ERRORS,
        409: errorResponse('The endpoint is disabled, or the delivery is being sent right now (`conflict`)'),
      },
    },
    async ({ auth, params: p }) => {
      await redeliver(services, auth.orgId!, p.webhookId!, p.deliveryId!);
      return { status: 202 };
    },
  );
}
