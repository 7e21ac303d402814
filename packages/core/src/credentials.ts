import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { ajvErrorsToProblems, createAjv, type FieldHints } from './ajv.js';
import type { Problem } from './errors.js';
import type { ConnectorManifest, CredentialSchema } from './types.js';

/** Validates submitted credentials against a connector's form; returns every problem at once. */
export type CredentialValidator = (credentials: unknown) => Problem[];

// Created on first use: importing core should not pay for an ajv instance it may never need.
let ajv: Ajv2020 | undefined;
const cache = new WeakMap<CredentialSchema, CredentialValidator>();
// The same form often arrives as different objects (the registry's copy of a manifest and the one
// the connector module read): those share one compiled validator too.
const byText = new Map<string, CredentialValidator>();
const MAX_BY_TEXT = 1000;

/**
 * Compiles a connector's credential schema once (cached per schema, by object and by content).
 * Unknown fields are refused, every error is reported with a pointer to its field, and pattern
 * failures are phrased with the field's own description of the format.
 */
export function createCredentialValidator(
  manifestOrSchema: ConnectorManifest | CredentialSchema,
): CredentialValidator {
  const schema = 'credentials' in manifestOrSchema ? manifestOrSchema.credentials.schema : manifestOrSchema;
  const cached = cache.get(schema);
  if (cached) return cached;
  const text = JSON.stringify(schema);
  const same = byText.get(text);
  if (same) {
    cache.set(schema, same);
    return same;
  }
  ajv ??= createAjv({ strict: true, coerceTypes: false, useDefaults: false });
  const validate: ValidateFunction = ajv.compile({ ...schema, additionalProperties: false });
  const hints: FieldHints = schema.properties;
  const validator: CredentialValidator = (credentials) => {
    if (validate(credentials)) return [];
    return ajvErrorsToProblems(validate.errors, hints);
  };
  cache.set(schema, validator);
  if (byText.size < MAX_BY_TEXT) byText.set(text, validator);
  return validator;
}
