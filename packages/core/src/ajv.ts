import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Problem } from './errors.js';
import { escapePointerToken } from './json-pointer.js';

// ajv-formats is CommonJS; under NodeNext its default export is the plugin function itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Creates an ajv instance with the options every PayCore validator shares. */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, ...options });
  addFormats(ajv);
  return ajv;
}

/** Field descriptions by property name, used to phrase pattern failures in the schema's own words. */
export type FieldHints = Record<string, { title?: string; description?: string } | undefined>;

/**
 * Turns ajv errors into problems with a JSON pointer and a sentence a person understands.
 * `required` and `additionalProperties` errors point at the missing or unknown property itself.
 */
export function ajvErrorsToProblems(
  errors: ErrorObject[] | null | undefined,
  hints: FieldHints = {},
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    const problem = describe(error, hints);
    if (!problem) continue;
    const key = `${problem.pointer}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describe(error: ErrorObject, hints: FieldHints): Problem | undefined {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const field = lastToken(at);
  switch (error.keyword) {
    case 'required':
      return {
        pointer: `${at}/${escapePointerToken(String(params.missingProperty))}`,
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        pointer: `${at}/${escapePointerToken(String(params.additionalProperty))}`,
        message: 'is not a known field',
      };
    case 'pattern': {
      const description = field === undefined ? undefined : hints[field]?.description;
      return {
        pointer: at,
        message: description
          ? `must match the expected format: ${description}`
          : `must match the pattern ${String(params.pattern)}`,
      };
    }
    case 'type':
      return { pointer: at, message: `must be ${article(String(params.type))}` };
    case 'enum':
      return {
        pointer: at,
        message: `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    case 'const':
      return { pointer: at, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'minLength':
      return Number(params.limit) === 1
        ? { pointer: at, message: 'must not be empty' }
        : { pointer: at, message: `must be at least ${String(params.limit)} characters long` };
    case 'maxLength':
      return { pointer: at, message: `must be at most ${String(params.limit)} characters long` };
    case 'format':
      return { pointer: at, message: `must be a valid ${String(params.format)}` };
    case 'uniqueItems':
      return { pointer: at, message: 'must not list the same value twice' };
    case 'oneOf':
    case 'anyOf':
    case 'if':
      // The branch errors that follow say what is wrong; the summary adds nothing.
      return undefined;
    default:
      return { pointer: at, message: error.message ?? `fails ${error.keyword}` };
  }
}

function lastToken(pointer: string): string | undefined {
  if (!pointer) return undefined;
  const token = pointer.slice(pointer.lastIndexOf('/') + 1);
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}
