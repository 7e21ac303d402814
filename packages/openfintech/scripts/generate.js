#!/usr/bin/env node
// Generates data/*.json, src/generated/enums.ts and logos/ from source/ (the OpenFinTech files).
// `--check` regenerates in memory and exits 1 naming every stale file. Logos are checked against
// the source and output hashes in data/logos.json instead of being re-encoded (see build-logos.js).

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from './build-data.js';
import { ENCODER, encodePng, indexItems, planLogos, recordedOutput, sha256 } from './build-logos.js';
import { renderEnums, renderJson } from './render.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_FILES = [
  'countries',
  'currencies',
  'payment_flows',
  'payment_methods',
  'payment_providers',
  'payout_methods',
];
const DATA_FILES = {
  countries: 'data/countries.json',
  currencies: 'data/currencies.json',
  paymentFlows: 'data/payment-flows.json',
  paymentMethods: 'data/payment-methods.json',
  payoutMethods: 'data/payout-methods.json',
  providers: 'data/providers.json',
};
const LOGO_INDEX = 'data/logos.json';
const check = process.argv.includes('--check');

const source = Object.fromEntries(SOURCE_FILES.map((name) => [name, readJson(`source/data/${name}.json`)]));
const plan = planLogos(
  join(ROOT, 'source/logos'),
  source.payment_providers.map((p) => p.code),
);
const { datasets, notes } = buildData(source, new Map(plan.map((e) => [e.code, e.file])));

const stale = [];
const outputs = await produceLogos();
const texts = new Map(Object.entries(DATA_FILES).map(([key, path]) => [path, renderJson(datasets[key])]));
texts.set(LOGO_INDEX, renderJson(indexItems(plan, outputs), { encoder: ENCODER }));
texts.set('src/generated/enums.ts', renderEnums(datasets));

for (const [path, text] of texts) {
  const absolute = join(ROOT, path);
  const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale.push(path);
  } else {
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    console.log(`wrote ${path}`);
  }
}

if (check) {
  if (stale.length > 0) {
    console.error(`stale generated files in packages/openfintech:\n  ${stale.join('\n  ')}`);
    console.error('run `pnpm --filter @paycore/openfintech codegen`');
    process.exit(1);
  }
  console.log(`openfintech data is up to date (${texts.size} files, ${plan.length} logos)`);
} else {
  for (const note of notes) console.log(`note: ${note}`);
}

/**
 * Brings logos/ in line with the plan (or, in check mode, lists what is not) and returns the
 * sha256 of each provider's output file.
 */
async function produceLogos() {
  const dir = join(ROOT, 'logos');
  const committed = existsSync(join(ROOT, LOGO_INDEX)) ? readJson(LOGO_INDEX) : undefined;
  const outputs = new Map();
  const toEncode = [];
  for (const entry of plan) {
    const recorded = recordedOutput(entry, committed);
    const target = join(dir, entry.file);
    const onDisk = existsSync(target) ? sha256(readFileSync(target)) : undefined;
    outputs.set(entry.code, recorded);
    if (recorded !== undefined && onDisk === recorded) continue;
    if (check) stale.push(`logos/${entry.file}`);
    else toEncode.push(entry);
  }
  const expected = new Set(plan.map((e) => e.file));
  const extra = existsSync(dir) ? readdirSync(dir).filter((name) => !expected.has(name)) : [];
  if (check) {
    stale.push(...extra.map((name) => `logos/${name} (not generated)`));
    return outputs;
  }
  mkdirSync(dir, { recursive: true });
  for (const name of extra) rmSync(join(dir, name), { recursive: true });
  await inParallel(toEncode, async (entry) => {
    const bytes = entry.file.endsWith('.svg') ? entry.bytes : await encodePng(entry.bytes);
    writeFileSync(join(dir, entry.file), bytes);
    outputs.set(entry.code, sha256(bytes));
  });
  if (toEncode.length > 0) console.log(`wrote ${toEncode.length} logo(s), removed ${extra.length}`);
  return outputs;
}

async function inParallel(items, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), items.length) }, worker));
}

function readJson(path) {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}
