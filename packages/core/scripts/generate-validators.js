#!/usr/bin/env node
// Writes precompiled (ajv standalone) validators for core's schemas into src/generated/, so no
// schema is compiled at run time; `--check` fails when one is stale.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';

const TARGETS = [
  { schema: 'manifest.schema.json', out: 'validate-manifest.ts', name: 'validateManifestSchema' },
  {
    schema: 'verify-result.schema.json',
    out: 'validate-verify-result.ts',
    name: 'validateVerifyResultSchema',
  },
  {
    schema: 'discover-result.schema.json',
    out: 'validate-discover-result.ts',
    name: 'validateDiscoverResultSchema',
  },
];
const check = process.argv.includes('--check');

/** Same options as createAjv in src/ajv.ts; the tests beside each validator prove the output agrees with it. */
function createStandaloneAjv() {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    code: {
      source: true,
      esm: true,
      lines: true,
      formats: _`require("ajv-formats/dist/formats").fullFormats`,
    },
  });
  addFormats(ajv);
  return ajv;
}

async function render({ schema: schemaFile, name }) {
  const schema = JSON.parse(await readFile(new URL(`../schema/${schemaFile}`, import.meta.url), 'utf8'));
  // A fresh instance per schema keeps the generated names independent of the other schemas.
  const ajv = createStandaloneAjv();
  const code = standaloneCode(ajv, ajv.compile(schema));
  const exports = /^"use strict";\nexport const validate = (\w+);\nexport default \1;\n/.exec(code);
  if (!exports) throw new Error(`unexpected ajv standalone output for ${schemaFile}`);
  const body = code.slice(exports[0].length);
  const hash = createHash('sha256').update(JSON.stringify(schema)).digest('hex');
  return `// Generated from schema/${schemaFile} by scripts/generate-validators.js — do not edit.
// @ts-nocheck — ajv standalone code is plain JavaScript; the typed export is at the end.
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

// ajv's ESM output still loads its runtime helpers with require() (ajv-validator/ajv#1976).
const require = createRequire(import.meta.url);

${body.trimEnd()}

/** Validates a value against schema/${schemaFile}; like an ajv validator, it leaves the failures on \`errors\`. */
export const ${name}: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } = ${exports[1]};

/** sha256 of the schema (as JSON.stringify writes it) this was generated from; tests compare it with the schema. */
export const SCHEMA_SHA256 = '${hash}';
`;
}

const stale = [];
for (const target of TARGETS) {
  const outUrl = new URL(`../src/generated/${target.out}`, import.meta.url);
  const next = await render(target);
  let current = '';
  try {
    current = await readFile(outUrl, 'utf8');
  } catch {}
  if (current === next) continue;
  if (check) {
    stale.push(`packages/core/src/generated/${target.out}`);
  } else {
    await mkdir(new URL('.', outUrl), { recursive: true });
    await writeFile(outUrl, next);
    console.log(`wrote src/generated/${target.out}`);
  }
}
if (stale.length > 0) {
  console.error(`stale: ${stale.join(', ')} — run \`pnpm --filter @paycore/core codegen\``);
  process.exit(1);
}
if (check) console.log('precompiled validators are up to date');
