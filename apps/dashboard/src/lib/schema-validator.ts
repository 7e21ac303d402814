import { type OutputUnit, type Schema, Validator } from '@cfworker/json-schema';
import {
  type CustomValidator,
  createErrorHandler,
  type ErrorTransformer,
  getDefaultFormState,
  type RJSFSchema,
  type RJSFValidationError,
  toErrorSchema,
  type UiSchema,
  unwrapErrorHandler,
  type ValidationData,
  type ValidatorType,
  validationDataMerge,
} from '@rjsf/utils';

/**
 * Keywords whose failure only says that a subschema failed; the subschema's own errors follow
 * them in the output and say what is wrong, as ajv reports them.
 */
const WRAPPERS = new Set([
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'allOf',
  '$ref',
  '$recursiveRef',
  'if',
  'dependentSchemas',
]);

/** One failure in the shape rjsf's error list and `transformErrors` expect (as from ajv). */
type SchemaError = RJSFValidationError & { name: string; property: string; message: string };

/**
 * An rjsf validator that interprets JSON Schema (draft 2020-12) with @cfworker/json-schema
 * instead of compiling it into a function as ajv does, so the dashboard runs under a
 * Content-Security-Policy without `'unsafe-eval'`. Its errors have ajv's names, params, property
 * paths and (value-free) messages, so rjsf and `plainErrors` treat them alike.
 */
export function createSchemaValidator<T = unknown>(): ValidatorType<T, RJSFSchema> {
  const validator: ValidatorType<T, RJSFSchema> = {
    rawValidation<Result = SchemaError>(schema: RJSFSchema, formData?: T) {
      try {
        // An empty form's data is `undefined`: it is checked as the empty object it stands for.
        return { errors: schemaErrors(schema, formData ?? {}) as Result[] };
      } catch (error) {
        return { errors: [], validationError: error as Error };
      }
    },

    validateFormData(
      formData: T | undefined,
      schema: RJSFSchema,
      customValidate?: CustomValidator<T, RJSFSchema>,
      transformErrors?: ErrorTransformer<T, RJSFSchema>,
      uiSchema?: UiSchema<T, RJSFSchema>,
    ): ValidationData<T> {
      const { errors: raw = [], validationError } = validator.rawValidation<RJSFValidationError>(
        schema,
        formData,
      );
      let errors: RJSFValidationError[] = validationError
        ? [...raw, { stack: validationError.message }]
        : raw;
      if (transformErrors) errors = transformErrors(errors, uiSchema);
      let errorSchema = toErrorSchema<T>(errors);
      if (validationError) {
        errorSchema = {
          ...errorSchema,
          $schema: { __errors: [validationError.message] },
        } as typeof errorSchema;
      }
      if (!customValidate) return { errors, errorSchema };
      const full = getDefaultFormState<T, RJSFSchema>(validator, schema, formData, schema, true) as T;
      const handler = customValidate(full, createErrorHandler<T>(full), uiSchema, errorSchema);
      return validationDataMerge<T>({ errors, errorSchema }, unwrapErrorHandler<T>(handler));
    },

    isValid(schema: RJSFSchema, formData: T | undefined, rootSchema: RJSFSchema) {
      try {
        return schemaErrors(withRootDefinitions(schema, rootSchema), formData).length === 0;
      } catch {
        // A schema that cannot be evaluated (a bad pattern, an unresolved $ref) accepts nothing.
        return false;
      }
    },
  };
  return validator;
}

/**
 * A subschema rjsf asks about may `$ref` definitions of the root schema (`#/$defs/…`); it is
 * evaluated with the root's definitions beside it so such references resolve.
 */
function withRootDefinitions(schema: RJSFSchema, root: RJSFSchema): RJSFSchema {
  if (schema === root || typeof schema !== 'object') return schema;
  const definitions: RJSFSchema = {};
  if (root.$defs && !schema.$defs) definitions.$defs = root.$defs;
  if (root.definitions && !schema.definitions) definitions.definitions = root.definitions;
  return { ...schema, ...definitions };
}

/** Every failure of `data` against `schema`, in ajv's terms. Throws if the schema cannot be evaluated. */
export function schemaErrors(schema: RJSFSchema, data: unknown): SchemaError[] {
  // The evaluator annotates the schema it is given with resolved URIs: give it a copy.
  const copy = structuredClone(schema) as Schema;
  const { errors } = new Validator(copy, '2020-12', false).validate(data);
  const result: SchemaError[] = [];
  const missing = new Map<string, string[]>();
  for (let index = 0; index < errors.length; index++) {
    const unit = errors[index]!;
    if (WRAPPERS.has(unit.keyword)) continue;
    if (unit.keyword === 'additionalProperties') {
      // Followed by the failures of the extra property against the (usually `false`) schema.
      const extra = errors[index + 1]?.instanceLocation ?? '';
      const name = pointerPath(extra).at(-1) ?? '';
      while (errors[index + 1]?.instanceLocation.startsWith(extra) && extra !== '') index++;
      result.push(toError(unit, schema, { additionalProperty: name }));
      continue;
    }
    if (unit.keyword === 'required') {
      const key = `${unit.instanceLocation} ${unit.keywordLocation}`;
      if (!missing.has(key)) missing.set(key, missingProperties(unit, schema, data));
      const name = missing.get(key)?.shift() ?? '';
      result.push(toError(unit, schema, { missingProperty: name }));
      continue;
    }
    result.push(toError(unit, schema, {}));
  }
  return result;
}

function toError(unit: OutputUnit, schema: RJSFSchema, extra: Record<string, unknown>): SchemaError {
  const value = at(schema, pointerPath(unit.keywordLocation));
  const params: Record<string, unknown> = { ...keywordParams(unit.keyword, value), ...extra };
  const path = pointerPath(unit.instanceLocation);
  const missingProperty = params.missingProperty;
  if (typeof missingProperty === 'string' && missingProperty !== '') path.push(missingProperty);
  const property = path.map((part) => `.${part}`).join('');
  const message = keywordMessage(unit.keyword, params);
  const fieldSchema = at(
    schema,
    path.flatMap((part) => ['properties', part]),
  );
  const title = isRecord(fieldSchema) && typeof fieldSchema.title === 'string' ? fieldSchema.title : '';
  return {
    name: unit.keyword,
    property,
    message,
    params,
    stack: `${property} ${message}`.trim(),
    schemaPath: unit.keywordLocation,
    title,
  };
}

/** The names the object at a `required` failure lacks, in the order the schema lists them. */
function missingProperties(unit: OutputUnit, schema: RJSFSchema, data: unknown): string[] {
  const required = at(schema, pointerPath(unit.keywordLocation));
  const instance = at(data, pointerPath(unit.instanceLocation));
  if (!Array.isArray(required) || !isRecord(instance)) return [];
  return required.filter(
    (name): name is string => typeof name === 'string' && !Object.hasOwn(instance, name),
  );
}

/** ajv's params for a keyword, from the keyword's value in the schema. */
function keywordParams(keyword: string, value: unknown): Record<string, unknown> {
  switch (keyword) {
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { limit: value };
    case 'multipleOf':
      return { multipleOf: value };
    case 'pattern':
      return { pattern: value };
    case 'format':
      return { format: value };
    case 'enum':
      return { allowedValues: value };
    case 'const':
      return { allowedValue: value };
    case 'type':
      return { type: Array.isArray(value) ? value.join(',') : value };
    default:
      return {};
  }
}

/** ajv's English message for a keyword. Never includes the value that failed: it may be a secret. */
function keywordMessage(keyword: string, params: Record<string, unknown>): string {
  const limit = String(params.limit);
  switch (keyword) {
    case 'required':
      return `must have required property '${String(params.missingProperty)}'`;
    case 'additionalProperties':
      return 'must NOT have additional properties';
    case 'pattern':
      return `must match pattern "${String(params.pattern)}"`;
    case 'format':
      return `must match format "${String(params.format)}"`;
    case 'minLength':
      return `must NOT have fewer than ${limit} characters`;
    case 'maxLength':
      return `must NOT have more than ${limit} characters`;
    case 'minItems':
      return `must NOT have fewer than ${limit} items`;
    case 'maxItems':
      return `must NOT have more than ${limit} items`;
    case 'minProperties':
      return `must NOT have fewer than ${limit} properties`;
    case 'maxProperties':
      return `must NOT have more than ${limit} properties`;
    case 'minimum':
      return `must be >= ${limit}`;
    case 'maximum':
      return `must be <= ${limit}`;
    case 'exclusiveMinimum':
      return `must be > ${limit}`;
    case 'exclusiveMaximum':
      return `must be < ${limit}`;
    case 'multipleOf':
      return `must be multiple of ${String(params.multipleOf)}`;
    case 'enum':
      return 'must be equal to one of the allowed values';
    case 'const':
      return 'must be equal to constant';
    case 'type':
      return `must be ${String(params.type)}`;
    case 'uniqueItems':
      return 'must NOT have duplicate items';
    case 'anyOf':
      return 'must match a schema in anyOf';
    case 'oneOf':
      return 'must match exactly one schema in oneOf';
    case 'not':
      return 'must NOT be valid';
    case 'false':
      return 'boolean schema is false';
    default:
      return `must satisfy "${keyword}"`;
  }
}

/** The segments of a JSON pointer in URI-fragment form (`#/properties/a~1b`). */
function pointerPath(pointer: string): string[] {
  return pointer
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function at(value: unknown, path: string[]): unknown {
  let current = value;
  for (const part of path) {
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isRecord(current) && Object.hasOwn(current, part)) current = current[part];
    else return undefined;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
