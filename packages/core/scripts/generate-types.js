#!/usr/bin/env node
// Writes src/generated/manifest.ts from schema/manifest.schema.json; `--check` fails when it is stale.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const HEADER = '// Generated from schema/manifest.schema.json by scripts/generate-types.js — do not edit.\n';
const schemaUrl = new URL('../schema/manifest.schema.json', import.meta.url);
const outUrl = new URL('../src/generated/manifest.ts', import.meta.url);
const check = process.argv.includes('--check');

const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));
const body = await compile(schema, 'ConnectorManifest', {
  bannerComment: '',
  additionalProperties: false,
  unreachableDefinitions: false,
  style: { singleQuote: true, printWidth: 110 },
});
const next = `${HEADER}\n${body}`;
let current = '';
try {
  current = await readFile(outUrl, 'utf8');
} catch {}
if (check) {
  if (current !== next) {
    console.error(
      'stale: packages/core/src/generated/manifest.ts — run `pnpm --filter @paycore/core codegen`',
    );
    process.exit(1);
  }
  console.log('manifest types are up to date');
} else if (current !== next) {
  await mkdir(new URL('.', outUrl), { recursive: true });
  await writeFile(outUrl, next);
  console.log('wrote src/generated/manifest.ts');
}
