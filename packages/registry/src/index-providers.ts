import type { Service } from '@paycore/core';
import { createTextIndex } from './text-index.js';
import type { OneOrMore, ProviderEntry, ProviderQuery, QueryResult } from './types.js';

/** Answers {@link ProviderQuery} filters over a sorted directory. */
export interface ProviderIndex {
  query(filter?: ProviderQuery): QueryResult;
}

/**
 * Precomputes, for every status, method, country, currency and direction, the sorted positions of
 * the entries that have it, so a query is an intersection of short lists rather than a scan.
 * Entries must already be in directory order; results keep it.
 */
export function createProviderIndex(entries: readonly ProviderEntry[]): ProviderIndex {
  const postings = new Map<string, number[]>();
  const add = (key: string, position: number): void => {
    const list = postings.get(key);
    if (list === undefined) postings.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  const addServices = (
    prefix: 'payment' | 'payout',
    services: readonly Service[],
    position: number,
  ): void => {
    for (const service of services) {
      add(`currency:${service.currency}`, position);
      add(`${prefix}-currency:${service.currency}`, position);
      add(`${prefix}-service:${service.method}|${service.currency}`, position);
    }
  };
  entries.forEach((entry, position) => {
    add(`status:${entry.status}`, position);
    for (const country of entry.countries) add(`country:${country}`, position);
    for (const method of entry.paymentMethods) add(`payment-method:${method}`, position);
    for (const method of entry.payoutMethods) add(`payout-method:${method}`, position);
    if (entry.paymentMethods.length > 0) add('direction:payment', position);
    if (entry.payoutMethods.length > 0) add('direction:payout', position);
    addServices('payment', entry.paymentServices, position);
    addServices('payout', entry.payoutServices, position);
  });
  const text = createTextIndex(entries);
  const all = entries.map((_, position) => position);
  const lookup = (key: string): number[] => postings.get(key) ?? [];

  return {
    query(filter = {}) {
      const lists: number[][] = [];
      const { direction } = filter;
      const currencies = values(filter.currency);
      const paymentMethods = values(filter.paymentMethod);
      const payoutMethods = values(filter.payoutMethod);
      // Each filter is the union of its values' postings; the filters are then intersected.
      const anyOf = (keys: string[]): void => {
        lists.push(union(keys.map(lookup)));
      };
      if (filter.status !== undefined) lists.push(lookup(`status:${filter.status}`));
      if (filter.country !== undefined) anyOf(values(filter.country).map((c) => `country:${c}`));
      if (direction !== undefined) lists.push(lookup(`direction:${direction}`));
      const methodKeys = (prefix: 'payment' | 'payout', methods: string[]): string[] =>
        currencies.length === 0
          ? methods.map((method) => `${prefix}-method:${method}`)
          : methods.flatMap((method) => currencies.map((c) => `${prefix}-service:${method}|${c}`));
      if (filter.paymentMethod !== undefined) anyOf(methodKeys('payment', paymentMethods));
      if (filter.payoutMethod !== undefined) anyOf(methodKeys('payout', payoutMethods));
      if (
        filter.currency !== undefined &&
        filter.paymentMethod === undefined &&
        filter.payoutMethod === undefined
      ) {
        anyOf(
          currencies.map((c) => (direction === undefined ? `currency:${c}` : `${direction}-currency:${c}`)),
        );
      }
      if (filter.q !== undefined) {
        const hits = text.search(filter.q);
        if (hits !== undefined) lists.push(hits);
      }
      const matches = lists.length === 0 ? all : intersect(lists);
      const offset = Math.max(0, Math.floor(filter.offset ?? 0));
      const end = filter.limit === undefined ? undefined : offset + Math.max(0, Math.floor(filter.limit));
      return {
        total: matches.length,
        items: matches.slice(offset, end).map((position) => entries[position]!),
      };
    },
  };
}

function values(value: OneOrMore<string> | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** Merges ascending position lists into one ascending list without duplicates. */
function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Intersects ascending position lists, walking the shortest and binary-searching the others. */
function intersect(lists: number[][]): number[] {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [shortest, ...others] = sorted as [number[], ...number[][]];
  if (others.length === 0) return shortest;
  return shortest.filter((position) => others.every((list) => contains(list, position)));
}

function contains(list: readonly number[], value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const found = list[mid]!;
    if (found === value) return true;
    if (found < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
