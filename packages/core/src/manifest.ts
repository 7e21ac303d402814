import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ajvErrorsToProblems } from './ajv.js';
import { checkContract, type ContractOptions } from './contract.js';
import { PaycoreError, type Problem } from './errors.js';
import { validateManifestSchema } from './generated/validate-manifest.js';
import type { ConnectorManifest } from './types.js';

const require = createRequire(import.meta.url);

/** The manifest JSON Schema that core publishes (also exported as `@paycore/core/manifest.schema.json`). */
export const MANIFEST_SCHEMA: Record<string, unknown> = require('../schema/manifest.schema.json');

/** The outcome of validating a manifest: the typed manifest, or every problem found. */
export type ManifestValidation =
  | { ok: true; manifest: ConnectorManifest; problems: [] }
  | { ok: false; problems: Problem[] };

/**
 * Validates a manifest against the schema, then (when the schema passes) against the contract
 * rules. Every problem is collected and returned with its JSON pointer; nothing is thrown.
 */
export function validateManifest(data: unknown, options: ContractOptions = {}): ManifestValidation {
  // Precompiled from the schema by `pnpm codegen`: compiling it here cost a cold registry load ~85 ms.
  if (!validateManifestSchema(data)) {
    return { ok: false, problems: ajvErrorsToProblems(validateManifestSchema.errors) };
  }
  const manifest = data as ConnectorManifest;
  const problems = checkContract(manifest, options);
  return problems.length === 0 ? { ok: true, manifest, problems: [] } : { ok: false, problems };
}

/**
 * Reads and parses a manifest file without validating it. Throws `manifest_unreadable` when the
 * file is missing or is not JSON. Connector packages call it from `src/index.ts`.
 */
export function readManifest(file: string | URL): ConnectorManifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new PaycoreError('manifest_unreadable', `Cannot read manifest ${String(file)}`, { cause });
  }
  try {
    return JSON.parse(text) as ConnectorManifest;
  } catch (cause) {
    throw new PaycoreError('manifest_unreadable', `Manifest ${String(file)} is not valid JSON`, { cause });
  }
}
