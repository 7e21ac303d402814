import { type CredentialSchema, type Service, secretFieldNames } from '@paycore/core';
import { getCountry, getPaymentMethod, getPayoutMethod } from '@paycore/openfintech';
import type { ProviderEntry, Registry } from '@paycore/registry';
import { type CachedBody, cacheBody } from './cached-body.js';
import { logoUrl } from './directory.js';

/**
 * A react-jsonschema-form uiSchema derived from the credential schema, so the form needs no
 * hand-written hints: the manifest's field order, a password widget (without autofill) for
 * every `writeOnly` field, the description as help and the first example as placeholder.
 */
export function uiSchemaFor(schema: CredentialSchema): Record<string, unknown> {
  const ui: Record<string, unknown> = { 'ui:order': [...Object.keys(schema.properties), '*'] };
  for (const [name, field] of Object.entries(schema.properties)) {
    const hints: Record<string, unknown> = {};
    if (field.writeOnly === true) {
      hints['ui:widget'] = 'password';
      hints['ui:autocomplete'] = 'off';
    }
    if (field.description !== undefined) hints['ui:help'] = field.description;
    const example = field.examples?.[0];
    if (example !== undefined && example !== null) hints['ui:placeholder'] = String(example);
    ui[name] = hints;
  }
  return ui;
}

/** The connect form of a provider with a connector, or null. */
export function credentialForm(entry: ProviderEntry): Record<string, unknown> | null {
  if (!entry.credentials) return null;
  const { version, schema } = entry.credentials;
  return { version, schema, uiSchema: uiSchemaFor(schema), secretFields: secretFieldNames(schema) };
}

const paymentName = (code: string): string => getPaymentMethod(code)?.name ?? code;
const payoutName = (code: string): string => getPayoutMethod(code)?.name ?? code;

function services(list: readonly Service[], name: (code: string) => string): Record<string, unknown>[] {
  return list.map((service) => ({ ...service, methodName: name(service.method) }));
}

/** The provider overview: everything the provider page and the connect form show. */
export function providerOverview(entry: ProviderEntry, manual: string | undefined): Record<string, unknown> {
  const overview: Record<string, unknown> = {
    id: entry.id,
    name: entry.name,
    status: entry.status,
    description: entry.description,
    logoUrl: logoUrl(entry),
    countries: entry.countries.map((code) => ({ code, name: getCountry(code)?.name ?? code })),
    currencies: entry.currencies,
    paymentMethods: entry.paymentMethods.map((code) => ({
      code,
      name: paymentName(code),
      ...(getPaymentMethod(code) ? { category: getPaymentMethod(code)!.category } : {}),
    })),
    payoutMethods: entry.payoutMethods.map((code) => ({
      code,
      name: payoutName(code),
      ...(getPayoutMethod(code) ? { category: getPayoutMethod(code)!.category } : {}),
    })),
    paymentServices: services(entry.paymentServices, paymentName),
    payoutServices: services(entry.payoutServices, payoutName),
    environments: Object.entries(entry.environments ?? {}).map(([name, env]) => ({
      name,
      label: env?.label ?? (name === 'live' ? 'Live' : 'Sandbox'),
      hosts: env?.hosts ?? [],
      ...(env?.keyPrefixes ? { keyPrefixes: env.keyPrefixes } : {}),
    })),
    credentialForm: credentialForm(entry),
    manual: manual === undefined ? null : merchantManual(manual),
  };
  if (entry.website !== undefined) overview.website = entry.website;
  if (entry.docsUrl !== undefined) overview.docsUrl = entry.docsUrl;
  if (entry.openfintechCode !== undefined) overview.openfintechCode = entry.openfintechCode;
  return overview;
}

/** The heading under which a connector's README keeps notes for its maintainers. */
const CONTRIBUTORS_HEADING = /^## For contributors[ \t]*$/m;

/** The part of a connector's README written for merchants: everything before "## For contributors". */
export function merchantManual(readme: string): string {
  const at = readme.search(CONTRIBUTORS_HEADING);
  return at === -1 ? readme : `${readme.slice(0, at).trimEnd()}\n`;
}

/** Provider overviews, serialized once each (the manual is read from disk on first use). */
export function createOverviewCache(registry: Registry): (id: string) => Promise<CachedBody | undefined> {
  const cache = new Map<string, Promise<CachedBody>>();
  return (id) => {
    const entry = registry.get(id);
    if (!entry) return Promise.resolve(undefined);
    let body = cache.get(id);
    if (!body) {
      body = registry.readManual(id).then((manual) => cacheBody(providerOverview(entry, manual)));
      body.catch(() => cache.delete(id));
      cache.set(id, body);
    }
    return body;
  };
}
