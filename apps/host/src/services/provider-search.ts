import { paymentMethods, payoutMethods } from '@paycore/openfintech';
import type { ProviderEntry } from '@paycore/registry';
import MiniSearch, { type SearchResult } from 'minisearch';

/** Ranks the directory for a free-text query. */
export interface ProviderSearch {
  /**
   * The ids of the providers matching every word of `q`, best first; `undefined` when `q` has no
   * words (then nothing is filtered).
   */
  rank(q: string): string[] | undefined;
}

/** Lower-cases and strips accents so "Zürich" matches "zurich". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/**
 * Where a provider matched, best first: its whole name, its whole name with a typo, the start of
 * its name, a word of its name (typos included), anything else (description, methods).
 */
enum Tier {
  ExactName = 4,
  NameWithTypo = 3,
  NamePrefix = 2,
  NameWord = 1,
  Elsewhere = 0,
}

// A word of five letters or more may carry about one typo per five letters ("strpe", "paypl");
// shorter words must be spelt right, or "visa" would find every "vista".
const FUZZY = 0.2;
const MIN_FUZZY_LENGTH = 5;
const fuzzy = (term: string): number | boolean => (term.length >= MIN_FUZZY_LENGTH ? FUZZY : false);

/** Whether `a` and `b` are at most `max` single-letter edits apart (Levenshtein). */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    if (Math.min(...current) > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

/**
 * Indexes names, ids, descriptions and method names with MiniSearch: every word of the query
 * must match a word of the entry, as a prefix and with a typo allowed. Results are ordered by
 * where they matched ({@link Tier}); within a tier ready providers (the ones a merchant can
 * connect) come first, then by MiniSearch's relevance, then in directory order.
 */
export function createProviderSearch(entries: readonly ProviderEntry[]): ProviderSearch {
  const methodName = new Map<string, string>();
  for (const method of [...payoutMethods, ...paymentMethods]) methodName.set(method.code, method.name);
  const index = new MiniSearch<{
    id: string;
    name: string;
    code: string;
    description: string;
    methods: string;
  }>({
    fields: ['name', 'code', 'description', 'methods'],
    processTerm: (term) => fold(term),
    searchOptions: {
      combineWith: 'AND',
      prefix: true,
      fuzzy,
      boost: { name: 6, code: 3, description: 1, methods: 1 },
    },
  });
  index.addAll(
    entries.map((entry) => ({
      id: entry.id,
      name: entry.name,
      code: entry.id.replace(/[-_.]/g, ' '),
      description: entry.description,
      methods: [...new Set([...entry.paymentMethods, ...entry.payoutMethods])]
        .map((code) => methodName.get(code) ?? code)
        .join(' '),
    })),
  );
  const ready = new Set(entries.filter((entry) => entry.status === 'ready').map((entry) => entry.id));
  const position = new Map(entries.map((entry, at) => [entry.id, at]));
  const names = new Map(entries.map((entry) => [entry.id, fold(entry.name).trim()]));

  const tier = (result: SearchResult, query: string, inName: ReadonlySet<string>): Tier => {
    const name = names.get(result.id as string) ?? '';
    if (name === query || result.id === query) return Tier.ExactName;
    // "paypl" is PayPal misspelt before it is the start of "PayPlug".
    if (query.length >= MIN_FUZZY_LENGTH && within(query, name, Math.round(query.length * FUZZY))) {
      return Tier.NameWithTypo;
    }
    if (name.startsWith(query)) return Tier.NamePrefix;
    return inName.has(result.id as string) ? Tier.NameWord : Tier.Elsewhere;
  };

  return {
    rank(q) {
      const query = words(q).join(' ');
      if (query === '') return undefined;
      const results = index.search(query);
      // Every word of the query found among the words of the name (as a prefix or with a typo).
      const inName = new Set(index.search(query, { fields: ['name'] }).map((result) => result.id as string));
      const tiers = new Map(results.map((result) => [result.id as string, tier(result, query, inName)]));
      return results
        .sort(
          (a, b) =>
            tiers.get(b.id)! - tiers.get(a.id)! ||
            Number(ready.has(b.id)) - Number(ready.has(a.id)) ||
            b.score - a.score ||
            position.get(a.id)! - position.get(b.id)!,
        )
        .map((result) => result.id as string);
    },
  };
}
