import type { Problem } from './errors.js';
import { pointer } from './json-pointer.js';
import { looksSecret } from './secrets.js';
import type { ConnectorManifest, Environment, Service } from './types.js';
import { closestCode, type Vocabulary } from './vocabulary.js';

/** What the contract checks need beyond the manifest itself. */
export interface ContractOptions {
  /** Codes to check methods, currencies and countries against; skipped when absent. */
  vocabulary?: Vocabulary;
  /** Whether the package provides a verify hook; the ready ⇔ verify rule is skipped when unknown. */
  hasVerify?: boolean;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The contract rules the JSON Schema cannot express. Every problem is returned, none thrown. */
export function checkContract(manifest: ConnectorManifest, options: ContractOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const { vocabulary } = options;
  if (vocabulary) {
    checkCodes(
      problems,
      manifest.paymentMethods,
      vocabulary.paymentMethods,
      'paymentMethods',
      'payment method',
      vocabulary.names?.paymentMethods,
    );
    checkCodes(
      problems,
      manifest.payoutMethods,
      vocabulary.payoutMethods,
      'payoutMethods',
      'payout method',
      vocabulary.names?.payoutMethods,
    );
    checkCodes(problems, manifest.countries, vocabulary.countries, 'countries', 'ISO 3166-1 country');
  }
  checkServices(
    problems,
    manifest.paymentServices,
    manifest.paymentMethods,
    'paymentServices',
    'paymentMethods',
    vocabulary,
  );
  checkServices(
    problems,
    manifest.payoutServices,
    manifest.payoutMethods,
    'payoutServices',
    'payoutMethods',
    vocabulary,
  );
  checkCredentials(problems, manifest);
  checkEnvironments(problems, manifest);
  if (manifest.status === 'ready') problems.push(...scaffoldPlaceholders(manifest));
  if (options.hasVerify !== undefined) {
    if (manifest.status === 'ready' && !options.hasVerify) {
      problems.push({ pointer: '/status', message: 'is "ready" but the package has no verify hook' });
    }
    if (manifest.status === 'not-ready' && options.hasVerify) {
      problems.push({
        pointer: '/status',
        message: 'is "not-ready" but the package has a verify hook; set it to "ready"',
      });
    }
  }
  return problems;
}

function checkCodes(
  problems: Problem[],
  codes: string[],
  known: ReadonlySet<string>,
  field: string,
  what: string,
  names?: ReadonlyMap<string, string>,
): void {
  codes.forEach((code, index) => {
    if (known.has(code)) return;
    const suggestion = closestCode(code, known, names);
    problems.push({
      pointer: pointer(field, index),
      message: `"${code}" is not a known ${what} code${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
    });
  });
}

function checkServices(
  problems: Problem[],
  services: Service[],
  declared: string[],
  field: string,
  methodsField: string,
  vocabulary: Vocabulary | undefined,
): void {
  const declaredSet = new Set(declared);
  const seen = new Set<string>();
  services.forEach((service, index) => {
    if (!declaredSet.has(service.method)) {
      problems.push({
        pointer: pointer(field, index, 'method'),
        message: `"${service.method}" is not listed in ${methodsField}`,
      });
    }
    if (vocabulary && !vocabulary.currencies.has(service.currency)) {
      const suggestion = closestCode(service.currency, vocabulary.currencies);
      problems.push({
        pointer: pointer(field, index, 'currency'),
        message: `"${service.currency}" is not an ISO 4217 currency code${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      });
    }
    if (
      vocabulary?.paymentFlows &&
      service.flow !== undefined &&
      !vocabulary.paymentFlows.has(service.flow)
    ) {
      problems.push({
        pointer: pointer(field, index, 'flow'),
        message: `"${service.flow}" is not a known payment flow code; use one of ${[...vocabulary.paymentFlows].sort().join(', ')}`,
      });
    }
    if (
      service.minAmount !== undefined &&
      service.maxAmount !== undefined &&
      service.minAmount > service.maxAmount
    ) {
      problems.push({
        pointer: pointer(field, index, 'minAmount'),
        message: 'must not be greater than maxAmount',
      });
    }
    const key = `${service.method}|${service.currency}|${service.flow ?? ''}`;
    if (seen.has(key))
      problems.push({
        pointer: pointer(field, index),
        message: 'repeats an earlier service with the same method, currency and flow',
      });
    seen.add(key);
  });
}

/** The reserved top-level domain the scaffold's placeholder URLs and hosts use (RFC 2606). */
const PLACEHOLDER_DOMAIN = /(^|\.)example$/;

/**
 * What `pnpm create-connector` leaves for the author to replace: hosts under `.example` and no
 * methods. Fine while a connector is `not-ready`; a `ready` one must have replaced them. An empty
 * country list is not refused: some global providers publish none (the connector's README says so).
 */
function scaffoldPlaceholders(manifest: ConnectorManifest): Problem[] {
  const problems: Problem[] = [];
  const placeholder = (at: string, value: string | undefined, what: 'URL' | 'host') => {
    const host = value === undefined ? undefined : (hostOf(value) ?? value);
    if (host !== undefined && PLACEHOLDER_DOMAIN.test(host))
      problems.push({
        pointer: at,
        message: `"${value}" is the scaffold's placeholder (.example): a ready connector names the provider's real ${what}`,
      });
  };
  placeholder('/website', manifest.website, 'URL');
  placeholder('/docsUrl', manifest.docsUrl, 'URL');
  for (const [name, env] of Object.entries(manifest.environments)) {
    if (!env) continue;
    placeholder(pointer('environments', name, 'baseUrl'), env.baseUrl, 'URL');
    env.hosts.forEach((host, index) => {
      placeholder(pointer('environments', name, 'hosts', index), host, 'host');
    });
  }
  if (manifest.paymentMethods.length === 0 && manifest.payoutMethods.length === 0)
    problems.push({
      pointer: '/paymentMethods',
      message:
        'is empty, and so is payoutMethods: a ready connector lists its methods (`pnpm exec paycore-vocab search <name>` finds the codes)',
    });
  return problems;
}

function checkCredentials(problems: Problem[], manifest: ConnectorManifest): void {
  const { schema } = manifest.credentials;
  for (const [name, field] of Object.entries(schema.properties)) {
    const at = pointer('credentials', 'schema', 'properties', name);
    if (looksSecret(name) && field.writeOnly !== true) {
      problems.push({
        pointer: `${at}/writeOnly`,
        message: `"${name}" looks like a secret: mark it writeOnly: true`,
      });
    }
    if (field.writeOnly === true && field.type !== 'string') {
      problems.push({ pointer: `${at}/type`, message: 'a secret field must be a string' });
    }
    if (field.pattern !== undefined && field.description === undefined) {
      problems.push({
        pointer: `${at}/description`,
        message: 'a field with a pattern needs a description of the format, shown when the pattern fails',
      });
    }
  }
  (schema.required ?? []).forEach((name, index) => {
    if (!(name in schema.properties)) {
      problems.push({
        pointer: pointer('credentials', 'schema', 'required', index),
        message: `"${name}" is required but not defined in properties`,
      });
    }
  });
}

function checkEnvironments(problems: Problem[], manifest: ConnectorManifest): void {
  const entries = Object.entries(manifest.environments) as [
    Environment,
    NonNullable<ConnectorManifest['environments']['live']>,
  ][];
  for (const [name, env] of entries) {
    const at = pointer('environments', name);
    if (manifest.status === 'ready' && env.hosts.length === 0) {
      problems.push({
        pointer: `${at}/hosts`,
        message: `a ready connector must list the hosts its verify hook calls in ${name}`,
      });
    }
    for (const [index, host] of env.hosts.entries()) {
      checkPlaceholders(problems, manifest, host, pointer('environments', name, 'hosts', index));
    }
    checkPlaceholders(problems, manifest, env.baseUrl, `${at}/baseUrl`);
    for (const name of Object.keys(env.keyPrefixes ?? {})) {
      if (!manifest.credentials.schema.properties[name])
        problems.push({
          pointer: `${at}/keyPrefixes/${name}`,
          message: `"${name}" is not a credential field`,
        });
    }
    const baseHost = hostOf(env.baseUrl);
    if (baseHost !== undefined && env.hosts.length > 0 && !env.hosts.includes(baseHost)) {
      problems.push({ pointer: `${at}/baseUrl`, message: `host "${baseHost}" is not listed in hosts` });
    }
  }
}

function checkPlaceholders(
  problems: Problem[],
  manifest: ConnectorManifest,
  template: string,
  at: string,
): void {
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    const field = manifest.credentials.schema.properties[name];
    if (!field) problems.push({ pointer: at, message: `placeholder {${name}} names no credential field` });
    else if (field.writeOnly)
      problems.push({ pointer: at, message: `placeholder {${name}} names a secret field` });
    else if (!field.pattern)
      problems.push({
        pointer: at,
        message: `placeholder {${name}} needs a pattern on its field so it can only form a host name`,
      });
  }
}

function hostOf(url: string): string | undefined {
  const match = /^https:\/\/([^/:?#]+)/.exec(url);
  return match?.[1];
}
