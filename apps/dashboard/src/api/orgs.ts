import type { paths } from './generated/schema';
import { http, unwrap } from './http';
import type { ApiKey, Body, CreatedApiKey } from './types';

/** Creates an organisation; the signed-in user is its owner. */
export function createOrganisation(input: Body<paths['/api/orgs']['post']>) {
  return unwrap(http.POST('/api/orgs', { body: input }));
}

/** Settings the merchant can change; `brand` is replaced whole, null for PayCore's look. */
export type OrganisationSettings = Body<paths['/api/orgs/{orgId}']['patch']>;

export function updateOrganisation(orgId: string, input: OrganisationSettings) {
  return unwrap(http.PATCH('/api/orgs/{orgId}', { params: { path: { orgId } }, body: input }));
}

export async function listApiKeys(orgId: string, signal?: AbortSignal): Promise<ApiKey[]> {
  return (
    await unwrap(http.GET('/api/orgs/{orgId}/api-keys', { params: { path: { orgId } }, signal }), signal)
  ).items;
}

/** Creates a key; the answer is the only time the key itself is shown. */
export async function createApiKey(
  orgId: string,
  input: Body<paths['/api/orgs/{orgId}/api-keys']['post']>,
): Promise<CreatedApiKey> {
  const body = await unwrap(
    http.POST('/api/orgs/{orgId}/api-keys', { params: { path: { orgId } }, body: input }),
  );
  return { ...body.apiKey, key: body.key };
}

export async function revokeApiKey(orgId: string, keyId: string): Promise<void> {
  await unwrap(http.DELETE('/api/orgs/{orgId}/api-keys/{keyId}', { params: { path: { orgId, keyId } } }));
}
