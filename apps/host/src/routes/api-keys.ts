import type { Api } from '../http/api.js';
import { notFound } from '../http/errors.js';
import type { AppDeps } from '../deps.js';
import { COMMON_ERRORS, errorResponse, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  API_KEY,
  CREATE_API_KEY_BODY,
  type CreateApiKeyBody,
  NEW_API_KEY,
} from '../schemas/organisations.js';
import { assertMayCreateApiKey } from '../security/key-rights.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../store/api-keys.js';

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
      tag: 'api-keys',
      auth: 'org',
      params: { orgId: PARAMS.orgId },
      body: CREATE_API_KEY_BODY,
      responses: {
        201: { description: 'Created', schema: NEW_API_KEY },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
        403: errorResponse('An API key may not create this key (`forbidden`)'),
      },
    },
    async ({ auth, body }) => {
      assertMayCreateApiKey(auth);
      const created = await createApiKey(db, auth.orgId!, body.name.trim(), auth.actor!.id);
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
      params: { orgId: PARAMS.orgId, keyId: PARAMS.keyId },
      responses: { 204: { description: 'Revoked' }, ...ORG_ERRORS },
    },
    async ({ auth, params }) => {
      if (!(await revokeApiKey(db, auth.orgId!, params.keyId!))) throw notFound('The API key');
      return { status: 204 };
    },
  );
}
