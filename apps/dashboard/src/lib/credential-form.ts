import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import i18next from 'i18next';
import type { FieldError } from '../api/client';
import type { CredentialProperty, CredentialSchema, UiSchema } from '../api/types';

/** The names of the fields marked `writeOnly`: never shown back, masked while typed. */
export function secretFields(schema: CredentialSchema): string[] {
  return Object.entries(schema.properties)
    .filter(([, property]) => property.writeOnly === true)
    .map(([name]) => name);
}

/**
 * The form hints for a credential schema: the host's uiSchema on top of hints derived from the
 * schema itself, so a form still reads well if the host sends fewer hints.
 */
export function buildUiSchema(schema: CredentialSchema, fromHost: UiSchema = {}): UiSchema {
  const ui: UiSchema = { 'ui:order': [...Object.keys(schema.properties), '*'] };
  for (const [name, property] of Object.entries(schema.properties)) {
    const derived: Record<string, unknown> = { 'ui:autocomplete': 'off' };
    if (property.writeOnly) derived['ui:widget'] = 'password';
    if (property.description) derived['ui:help'] = sentence(property.description);
    const example = firstExample(property);
    if (example) derived['ui:placeholder'] = i18next.t('credentials.example', { example });
    const hostField = fromHost[name];
    const field: Record<string, unknown> = { ...derived, ...(isRecord(hostField) ? hostField : {}) };
    // The host passes descriptions and examples through as written; present them as sentences and hints.
    if (typeof field['ui:help'] === 'string') field['ui:help'] = sentence(field['ui:help']);
    if (typeof field['ui:placeholder'] === 'string' && field['ui:placeholder'] === example)
      field['ui:placeholder'] = i18next.t('credentials.example', { example });
    ui[name] = field;
  }
  for (const [key, value] of Object.entries(fromHost)) {
    if (key.startsWith('ui:')) ui[key] = value;
  }
  return ui;
}

/**
 * The schema for replacing credentials: secrets become optional, because a secret left blank
 * keeps the value already stored.
 */
export function replaceSchema(schema: CredentialSchema): CredentialSchema {
  const secrets = new Set(secretFields(schema));
  return { ...schema, required: (schema.required ?? []).filter((name) => !secrets.has(name)) };
}

/** Replacement form hints: each secret's placeholder says that blank keeps the stored value. */
export function replaceUiSchema(
  ui: UiSchema,
  schema: CredentialSchema,
  stored: Record<string, unknown>,
): UiSchema {
  const next: UiSchema = { ...ui };
  for (const name of secretFields(schema)) {
    next[name] = {
      ...(next[name] as object),
      'ui:placeholder':
        typeof stored[name] === 'string'
          ? i18next.t('credentials.keepBlankWithHint', { hint: stored[name] })
          : i18next.t('credentials.keepBlank'),
    };
  }
  return next;
}

/** The values to send: blank fields left out, so blank secrets keep their stored value. */
export function withoutBlanks(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
  );
}

/** The values of the non-secret fields a connection shows, to prefill a replacement form. */
export function storedPlainValues(
  schema: CredentialSchema,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const secrets = new Set(secretFields(schema));
  return Object.fromEntries(
    Object.entries(stored).filter(
      ([name, value]) => !secrets.has(name) && name in schema.properties && value != null,
    ),
  );
}

/**
 * Splits the host's field errors into those about credential fields (shown on the field) and
 * the rest (shown above the form). Paths are JSON pointers such as `/credentials/secretKey`.
 */
export function splitFieldErrors(fields: FieldError[], schema: CredentialSchema) {
  const errorSchema: Record<string, { __errors: string[] }> = {};
  const other: FieldError[] = [];
  for (const field of fields) {
    const name = credentialFieldName(field.path, schema);
    if (name === undefined) {
      other.push(field);
      continue;
    }
    const entry = errorSchema[name] ?? { __errors: [] };
    entry.__errors.push(sentence(field.message));
    errorSchema[name] = entry;
  }
  return { errorSchema: errorSchema as ErrorSchema, other };
}

/** Marks the fields a failed verify named with the provider's message. */
export function verifyFieldErrors(names: string[], message: string, schema: CredentialSchema): ErrorSchema {
  const errorSchema: Record<string, { __errors: string[] }> = {};
  for (const name of names) {
    const field = credentialFieldName(name, schema);
    if (field !== undefined) errorSchema[field] = { __errors: [sentence(message)] };
  }
  return errorSchema as ErrorSchema;
}

function credentialFieldName(path: string, schema: CredentialSchema): string | undefined {
  const parts = path
    .replace(/^#?\/?/, '')
    .split(/[/.]/)
    .filter((part) => part !== '')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'credentials') parts.shift();
  const name = parts[0];
  return name !== undefined && name in schema.properties ? name : undefined;
}

/** Rewrites the validator's (ajv-style) messages into plain words that name the field. */
export function plainErrors(errors: RJSFValidationError[], schema: CredentialSchema): RJSFValidationError[] {
  return errors.map((error) => {
    const name = errorFieldName(error);
    const property: CredentialProperty = (name && schema.properties[name]) || {};
    const title = property.title ?? name ?? i18next.t('credentials.thisField');
    const message = plainMessage(error, title, property);
    return { ...error, message, stack: `${title}: ${message}` };
  });
}

function errorFieldName(error: RJSFValidationError): string | undefined {
  const missing = error.params?.missingProperty;
  if (error.name === 'required' && typeof missing === 'string') return missing;
  return error.property?.replace(/^\./, '').split('.')[0];
}

function plainMessage(error: RJSFValidationError, title: string, property: CredentialProperty): string {
  const params = (error.params ?? {}) as Record<string, unknown>;
  switch (error.name) {
    case 'required':
      return i18next.t('credentials.errors.required', { field: lowerFirst(title), title });
    case 'pattern': {
      const example = firstExample(property);
      return example
        ? i18next.t('credentials.errors.patternWithExample', { field: lowerFirst(title), title, example })
        : i18next.t('credentials.errors.pattern', { field: lowerFirst(title), title });
    }
    case 'minLength':
      return i18next.t('credentials.errors.minLength', { title, count: Number(params.limit) });
    case 'maxLength':
      return i18next.t('credentials.errors.maxLength', { title, count: Number(params.limit) });
    case 'format':
      if (params.format === 'email') return i18next.t('credentials.errors.email');
      if (params.format === 'uri' || params.format === 'url') return i18next.t('credentials.errors.url');
      return i18next.t('credentials.errors.format', { title });
    case 'enum':
      return i18next.t('credentials.errors.enum');
    case 'type':
      return i18next.t('credentials.errors.type', { title });
    default:
      // The validator's own words (English) only when it names a check PayCore has no wording for.
      return sentence(error.message ?? i18next.t('credentials.errors.other'));
  }
}

function firstExample(property: CredentialProperty): string | undefined {
  const example = property.examples?.find((value) => typeof value === 'string');
  return typeof example === 'string' ? example : undefined;
}

/** Capitalises the first letter and ends with a full stop. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const capital = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

function lowerFirst(text: string): string {
  // Keep acronyms such as "API key" or "ID" as they are.
  return /^[A-Z]{2}/.test(text) ? text : text[0]!.toLowerCase() + text.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
