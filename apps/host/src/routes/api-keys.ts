import { covers } from '../access/roles.js';
import type { Api } from '../http/api.js';
import { auditContext } from '../http/audit-context.js';
import { ApiError, notFound } from '../http/errors.js';
import type { AppDeps } from '../deps.js';
import { COMMON_ERRORS, errorResponse, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  API_KEY,
  CREATE_API_KEY_BODY,
  type CreateApiKeyBody,
  NEW_API_KEY,
} from '../schemas/organisations.js';
import { createApiKey, getApiKey, listApiKeys, revokeApiKey } from '../store/api-keys.js';
import { appendAudit } from '../store/audit.js';

/** Organisation API keys: shown once at creation, stored hashed, revocable. */
export function registerApiKeyRoutes(api: Api, deps: AppDeps): void {
  const { db } = deps;

  api.route(
    {
      method: 'get',
      path: '/api/orgs/:orgId/api-keys',
      operationId: 'listApiKeys',
      summary: "The organisation's live API keys (never the keys themselves)",
      tag: 'api-keys',
      auth: 'org',
      permission: 'api_keys',
      params: { orgId: PARAMS.orgId },
      responses: { 200: { description: 'API keys', schema: listOf(API_KEY) }, ...ORG_ERRORS },
    },
    async ({ auth }) => ({ body: { items: await listApiKeys(db, auth.orgId!) } }),
  );

  api.route<CreateApiKeyBody>(
    {
      method: 'post',
      path: '/api/orgs/:orgId/api-keys',
      operationId: 'createApiKey',
      summary: 'Create an API key; the answer is the only time the key is shown',
      description:
        '`role` (default `developer`) is what the key may do, by the permission matrix; it cannot be stronger than the role of the member or key creating it (403 `forbidden`). A `viewer` key only reads.',
      tag: 'api-keys',
      auth: 'org',
      permission: 'api_keys',
      params: { orgId: PARAMS.orgId },
      body: CREATE_API_KEY_BODY,
      responses: {
        201: { description: 'Created', schema: NEW_API_KEY },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        403: errorResponse('An API key may not create this key (`forbidden`)'),
      },
    },
    async ({ req, auth, body }) => {
      const role = body.role ?? 'developer';
      if (!covers(auth.role!, role))
        throw new ApiError('forbidden', `A ${auth.role} cannot create a key with the stronger role ${role}`, {
          fields: [{ path: '/role', message: `must be a role no stronger than ${auth.role}` }],
        });
      const created = await db.transaction(async (tx) => {
        const made = await createApiKey(tx, auth.orgId!, body.name.trim(), role, auth.actor!.id);
        await appendAudit(
          tx,
          auth.orgId!,
          auditContext(req, auth),
          'api_key.created',
          {
            type: 'api_key',
            id: made.apiKey.id,
          },
          { name: made.apiKey.name, role },
        );
        return made;
      });
      return { status: 201, body: created };
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/orgs/:orgId/api-keys/:keyId',
      operationId: 'revokeApiKey',
      summary: 'Revoke an API key',
      tag: 'api-keys',
      auth: 'org',
      permission: 'api_keys',
      params: { orgId: PARAMS.orgId, keyId: PARAMS.keyId },
      responses: { 204: { description: 'Revoked' }, ...ORG_ERRORS },
    },
    async ({ req, auth, params }) => {
      await db.transaction(async (tx) => {
        const key = await getApiKey(tx, auth.orgId!, params.keyId!);
        if (!key || !(await revokeApiKey(tx, auth.orgId!, key.id))) throw notFound('The API key');
        await appendAudit(
          tx,
          auth.orgId!,
          auditContext(req, auth),
          'api_key.revoked',
          {
            type: 'api_key',
            id: key.id,
          },
          { name: key.name, role: key.role },
        );
      });
      return { status: 204 };
    },
  );
}
