import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Reads the records of one generated `data/*.json` file. `require` parses JSON natively and
 * caches it, so each file is parsed once however many modules ask for it. Only the array is
 * frozen: records are readonly by type, and freezing thousands of them would double the cold
 * import time.
 */
export function loadData<T>(file: string): readonly T[] {
  const document = require(`../data/${file}`) as { items: T[] };
  return Object.freeze(document.items);
}

/** An O(1) lookup by `code`. */
export function indexByCode<T extends { readonly code: string }>(
  items: readonly T[],
): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.code, item]));
}
