import { createCredentialValidator } from './credentials.js';
import { PaycoreError, type Problem } from './errors.js';
import {
  type ConnectorManifest,
  type Credentials,
  ENVIRONMENTS,
  type Environment,
  type UncheckedVerifyInput,
} from './types.js';

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Checks a verify's input against the connector's form and environments — every problem at once,
 * each pointer into the input — and returns the credentials. Throws `credentials_invalid`.
 */
export function checkVerifyInput(manifest: ConnectorManifest, input: UncheckedVerifyInput): Credentials {
  const problems: Problem[] = [];
  const environment = input?.environment as Environment;
  const offered = ENVIRONMENTS.filter((name) => manifest.environments[name]);
  if (!offered.includes(environment))
    problems.push({ pointer: '/environment', message: `must be one of: ${offered.join(', ')}` });
  const credentialProblems = createCredentialValidator(manifest)(input?.credentials);
  for (const problem of credentialProblems)
    problems.push({ pointer: `/credentials${problem.pointer}`, message: problem.message });
  const envConfig = offered.includes(environment) ? manifest.environments[environment] : undefined;
  if (envConfig && credentialProblems.length === 0) {
    // A field the environment's URL is built from (e.g. Adyen's live URL prefix) is required there,
    // even when the form marks it optional because the other environment does without it.
    const credentials = input.credentials as Credentials;
    for (const name of placeholders(envConfig.baseUrl)) {
      const value = credentials[name];
      if (value === undefined || value === '') {
        problems.push({
          pointer: `/credentials/${name}`,
          message: `is required for the ${environment} environment`,
        });
      } else if (!HOST_LABEL.test(String(value).toLowerCase())) {
        problems.push({
          pointer: `/credentials/${name}`,
          message: 'must be a single host-name label: letters, digits and dashes',
        });
      }
    }
  }
  if (problems.length > 0)
    throw new PaycoreError('credentials_invalid', `The ${manifest.name} credentials do not match the form`, {
      problems,
    });
  return input.credentials as Credentials;
}

/** The `{field}` placeholders of a URL or host template. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((match) => match[1]!);
}

/** Replaces `{field}` placeholders with credential values that form a single host label. */
export function fill(template: string, credentials: Credentials): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const value = String(credentials[name] ?? '').toLowerCase();
    if (!HOST_LABEL.test(value))
      throw new PaycoreError('egress_denied', `Credential field ${name} cannot form a host name`);
    return value;
  });
}
