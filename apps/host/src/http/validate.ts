import { ajvErrorsToProblems, createAjv } from '@paycore/core';
import type { ValidateFunction } from 'ajv';
import { problemsToFields, validationError } from './errors.js';

/** A JSON Schema (2020-12) as plain data; the same objects feed validation and the OpenAPI document. */
export type JsonSchema = Record<string, unknown>;

/**
 * The one ajv instance every handler validates with: strict, all errors, no type coercion (a
 * number sent as text is an error, not a guess).
 */
export const ajv = createAjv({ coerceTypes: false, useDefaults: false });
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** The compiled validator of a schema object (compiled once). */
export function validatorFor(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Validates `value`; throws a 422 with every problem, pointers prefixed with `prefix`. */
export function check<T>(schema: JsonSchema, value: unknown, prefix = ''): T {
  const validate = validatorFor(schema);
  if (!validate(value)) throw validationError(problemsToFields(ajvErrorsToProblems(validate.errors), prefix));
  return value as T;
}

/**
 * Query strings are text; numbers and booleans the schema declares are converted before
 * validation so `?limit=10` is 10 while `?limit=ten` still fails with a field error.
 */
export function coerceQuery(schema: JsonSchema, query: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, { type?: unknown }>;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    const type = properties[name]?.type;
    if (
      typeof value === 'string' &&
      (type === 'integer' || type === 'number') &&
      /^-?\d+(\.\d+)?$/.test(value)
    ) {
      out[name] = Number(value);
    } else if (typeof value === 'string' && type === 'boolean' && (value === 'true' || value === 'false')) {
      out[name] = value === 'true';
    } else {
      out[name] = value;
    }
  }
  return out;
}
