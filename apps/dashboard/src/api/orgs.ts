import { api } from './client';
import type { ApiKey, Brand, CreatedApiKey, Organisation } from './types';

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export function createOrganisation(input: { name: string }): Promise<Organisation> {
  return api.post<Organisation>('/api/orgs', input);
}

/** Settings the merchant can change. */
export interface OrganisationSettings {
  name?: string;
  defaultCurrency?: string;
  enabledCurrencies?: string[];
  /** `6h`; null for the host's default. */
  checkInterval?: string | null;
  /** The hosted connect page's look, replaced whole; null for PayCore's. */
  brand?: Brand | null;
}

export function updateOrganisation(orgId: string, input: OrganisationSettings): Promise<Organisation> {
  return api.patch<Organisation>(org(orgId), input);
}

export async function listApiKeys(orgId: string, signal?: AbortSignal): Promise<ApiKey[]> {
  return (await api.get<{ items: ApiKey[] }>(`${org(orgId)}/api-keys`, signal)).items;
}

/** Creates a key; the answer is the only time the key itself is shown. */
export async function createApiKey(
  orgId: string,
  input: { name: string; role?: 'admin' | 'developer' | 'viewer' },
): Promise<CreatedApiKey> {
  const body = await api.post<{ apiKey: ApiKey; key: string }>(`${org(orgId)}/api-keys`, input);
  return { ...body.apiKey, key: body.key };
}

export function revokeApiKey(orgId: string, keyId: string): Promise<void> {
  return api.delete(`${org(orgId)}/api-keys/${encodeURIComponent(keyId)}`);
}
