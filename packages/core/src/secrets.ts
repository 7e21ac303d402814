import type { CredentialSchema, Credentials } from './types.js';

// A field whose name contains one of these words is a secret unless it is marked public or is an identifier.
const SECRET_WORDS = /(key|secret|password|passwd|token|signature)/i;
const NOT_SECRET = /(public|Public|publishable|Publishable|client_?[kK]ey$|(^|_)id$|[a-z]Id$)/;

/** True when a credential field's name suggests it holds a secret. */
export function looksSecret(fieldName: string): boolean {
  return SECRET_WORDS.test(fieldName) && !NOT_SECRET.test(fieldName);
}

/** Names of the fields the schema marks `writeOnly: true`. */
export function secretFieldNames(schema: CredentialSchema): string[] {
  return Object.entries(schema.properties)
    .filter(([, field]) => field.writeOnly === true)
    .map(([name]) => name);
}

/** The secret values present in `credentials`, as strings, longest first (so scrubbing never leaves a tail). */
export function secretValues(schema: CredentialSchema, credentials: Credentials): string[] {
  const values = new Set<string>();
  for (const name of secretFieldNames(schema)) {
    const value = credentials[name];
    if (value === undefined || value === null || value === '') continue;
    values.add(String(value));
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/** The placeholder that replaces a secret value in any text leaving the host. */
export const REDACTED = '[redacted]';

/** Replaces every occurrence of every secret in `text` with {@link REDACTED}. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** Deeply scrubs every string in a JSON-like value. */
export function scrubValue<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return scrubSecrets(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = scrubValue(item, secrets);
    return out as T;
  }
  return value;
}

/**
 * A hint that lets a merchant recognise a stored secret without revealing it: the last four
 * characters of a long value, nothing of a short one (where four characters would be most of it).
 */
export function maskSecret(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  if (text.length >= 12) return `••••${text.slice(-4)}`;
  return '••••';
}
