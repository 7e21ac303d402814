import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

/** The first line of every generated credentials file. */
export const GENERATED_HEADER =
  '// Generated from manifest.json by paycore-codegen — do not edit. Run `pnpm codegen` after changing the credential schema.';

/** `stripe` → `StripeCredentials`, `acme-pay` → `AcmePayCredentials`. */
export function credentialsTypeName(id: string): string {
  const pascal = id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return `${/^[0-9]/.test(pascal) ? `P${pascal}` : pascal}Credentials`;
}

/** Renders `src/credentials.ts` for the connector package in `dir`. */
export async function renderCredentialTypes(dir: string): Promise<{ file: string; source: string }> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    id: string;
    name: string;
    credentials: { version: number; schema: Record<string, unknown> };
  };
  const typeName = credentialsTypeName(manifest.id);
  const schema = {
    ...manifest.credentials.schema,
    title: typeName,
    additionalProperties: false,
    properties: documented(manifest.credentials.schema.properties),
  };
  const body = await compile(schema as JSONSchema, typeName, {
    bannerComment: '',
    additionalProperties: false,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  const source = [
    GENERATED_HEADER,
    '',
    `/** Credential schema version of the ${manifest.name} connector. */`,
    `export const CREDENTIALS_VERSION = ${manifest.credentials.version};`,
    '',
    `/** The credentials a merchant enters to connect ${manifest.name}. */`,
    body.trimEnd().replace(/^\/\*\*[\s\S]*?\*\/\n(?=export interface)/, ''),
    '',
  ].join('\n');
  return { file: join(dir, 'src', 'credentials.ts'), source };
}

// json-schema-to-typescript turns a property title into a named type alias; fold the title into the
// doc comment instead so the generated file has one interface with plainly typed fields.
function documented(properties: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries((properties ?? {}) as Record<string, Record<string, unknown>>)) {
    const { title, description, ...rest } = field;
    const doc = [title, description].filter(Boolean).join(': ');
    out[name] = { ...rest, ...(doc ? { description: `${doc}${field.writeOnly ? ' (secret)' : ''}` } : {}) };
  }
  return out;
}
