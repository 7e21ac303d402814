import type { Environment, EnvironmentInfo } from '../api/types';

/** The environment typed credentials show by their prefixes, and the field and prefix that show it. */
export interface KeyEnvironment {
  environment: Environment;
  field: string;
  prefix: string;
}

/**
 * Which environment the values belong to, by the prefixes the provider's manifest declares
 * (Stripe's `sk_live_` is Live). Undefined when no value has a declared prefix, or when values
 * point at different environments (the check then says which is wrong).
 */
export function environmentFromKeys(
  values: Readonly<Record<string, unknown>>,
  environments: readonly EnvironmentInfo[],
): KeyEnvironment | undefined {
  const found: KeyEnvironment[] = [];
  for (const env of environments) {
    for (const [field, prefixes] of Object.entries(env.keyPrefixes ?? {})) {
      const value = values[field];
      if (typeof value !== 'string') continue;
      const prefix = prefixes.find((candidate) => value.trim().startsWith(candidate));
      if (prefix) found.push({ environment: env.name, field, prefix });
    }
  }
  const first = found[0];
  return first && found.every((other) => other.environment === first.environment) ? first : undefined;
}
