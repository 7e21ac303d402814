import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a package.json PayCore reads. */
export interface PackageJson {
  name?: unknown;
  main?: unknown;
  exports?: unknown;
  paycore?: unknown;
  keywords?: unknown;
  peerDependencies?: unknown;
  [field: string]: unknown;
}

/** The outcome of reading `<dir>/package.json`. */
export type PackageJsonRead =
  | { kind: 'missing' }
  | { kind: 'invalid'; file: string; error: unknown }
  | { kind: 'ok'; file: string; json: PackageJson; text: string };

/**
 * Reads `<dir>/package.json`. With `mustMention`, a file whose text does not contain that string
 * is reported missing without being parsed — scanning `node_modules` parses almost nothing.
 */
export function readPackageJson(dir: string, mustMention?: string): PackageJsonRead {
  const file = join(dir, 'package.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  if (mustMention !== undefined && !text.includes(mustMention)) return { kind: 'missing' };
  try {
    const json: unknown = JSON.parse(text);
    if (!isObject(json)) return { kind: 'invalid', file, error: new Error('is not a JSON object') };
    return { kind: 'ok', file, json, text };
  } catch (error) {
    return { kind: 'invalid', file, error };
  }
}

/** The package name, when it is a string. */
export function packageName(json: PackageJson): string | undefined {
  return typeof json.name === 'string' ? json.name : undefined;
}

const CONDITIONS = ['import', 'node', 'default'];

/**
 * The file the package's root export points to for `import` under Node (`exports["."]` with
 * the `import`, `node` or `default` condition, else `main`), relative to the package folder.
 */
export function packageEntry(json: PackageJson): string | undefined {
  const { exports } = json;
  if (exports !== undefined && exports !== null) {
    const root =
      typeof exports === 'string' || Array.isArray(exports) || !hasSubpaths(exports) ? exports : exports['.'];
    return pickTarget(root);
  }
  return typeof json.main === 'string' ? json.main : undefined;
}

function hasSubpaths(value: unknown): value is Record<string, unknown> {
  return isObject(value) && Object.keys(value).some((key) => key.startsWith('.'));
}

function pickTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target) {
      const picked = pickTarget(item);
      if (picked !== undefined) return picked;
    }
    return undefined;
  }
  if (!isObject(target)) return undefined;
  for (const [condition, value] of Object.entries(target)) {
    if (!CONDITIONS.includes(condition)) continue;
    const picked = pickTarget(value);
    if (picked !== undefined) return picked;
  }
  return undefined;
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
