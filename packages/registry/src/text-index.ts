import type { ProviderEntry } from './types.js';

/** Free-text search over the directory; answers sorted entry positions. */
export interface TextIndex {
  /** Positions whose entry matches every word of `q`; `undefined` when `q` has no words. */
  search(q: string): number[] | undefined;
}

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Lower-cases and strips accents so "Zürich" matches "zurich". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Builds the text index: each entry's folded name and id for substring matches, and a sorted
 * list of description words (with their entries) for word-prefix matches.
 */
export function createTextIndex(entries: readonly ProviderEntry[]): TextIndex {
  const nameAndId = entries.map((entry) => `${fold(entry.name)}\n${entry.id.toLowerCase()}`);
  const postings = new Map<string, number[]>();
  entries.forEach((entry, position) => {
    if (!entry.description) return;
    for (const word of new Set(fold(entry.description).split(WORD_SPLIT))) {
      if (word === '') continue;
      const list = postings.get(word);
      if (list) list.push(position);
      else postings.set(word, [position]);
    }
  });
  const words = [...postings.keys()].sort();

  const matchTerm = (term: string): number[] => {
    const hits = new Set<number>();
    for (let i = 0; i < nameAndId.length; i++) if (nameAndId[i]!.includes(term)) hits.add(i);
    for (let i = lowerBound(words, term); i < words.length && words[i]!.startsWith(term); i++) {
      for (const position of postings.get(words[i]!)!) hits.add(position);
    }
    return [...hits].sort((a, b) => a - b);
  };

  return {
    search(q) {
      const terms = [...new Set(fold(q).split(WORD_SPLIT))].filter((term) => term !== '');
      if (terms.length === 0) return undefined;
      let result: number[] | undefined;
      for (const term of terms) {
        const hits = matchTerm(term);
        result = result === undefined ? hits : hits.filter(has(new Set(result)));
        if (result.length === 0) break;
      }
      return result;
    },
  };
}

function has(set: ReadonlySet<number>): (position: number) => boolean {
  return (position) => set.has(position);
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
