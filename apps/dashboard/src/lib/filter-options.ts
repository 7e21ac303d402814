import type { CountryInfo, CurrencyInfo, MethodInfo } from '../api/types';
import { compareNames } from './format';

/** One choice of a directory filter; a choice may stand for several codes of the same name. */
export interface FilterOption {
  /** The first (most offered) code: the choice's identity. */
  value: string;
  label: string;
  /** Every code the choice selects: OpenFinTech lists some methods twice under one name. */
  codes: string[];
  /** Providers of the directory offering the most offered of its codes. */
  providers: number;
  /** Shown beside the label, matched by the search (an ISO code). */
  hint?: string;
  /** The chosen value's short form (a currency's code); the label when absent. */
  short?: string;
  /** Another name the search matches: the catalogue's English one when the label is translated. */
  alias?: string;
}

/** OpenFinTech's placeholder method "Test" is not something a merchant filters by. */
const NOT_A_METHOD = new Set(['test']);

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Choices for a filter: only codes some provider offers, one choice per name (its codes merged,
 * so "Card" and "Bank Transfer" appear once), the most offered first.
 */
function group<T extends { code: string; name: string; providers?: number; englishName?: string }>(
  items: readonly T[],
  hint?: (item: T) => string,
  short?: (item: T) => string,
): FilterOption[] {
  const byName = new Map<string, FilterOption>();
  const offered = items
    .filter((item) => (item.providers ?? 0) > 0)
    .sort((a, b) => (b.providers ?? 0) - (a.providers ?? 0) || compareNames(a.name, b.name));
  for (const item of offered) {
    const key = fold(item.name);
    const existing = byName.get(key);
    if (existing) {
      existing.codes.push(item.code);
      continue;
    }
    const option: FilterOption = {
      value: item.code,
      label: item.name,
      codes: [item.code],
      providers: item.providers ?? 0,
    };
    if (hint) option.hint = hint(item);
    if (item.englishName && item.englishName !== item.name) option.alias = item.englishName;
    if (short) option.short = short(item);
    byName.set(key, option);
  }
  return [...byName.values()];
}

/** Payment or payout method choices. */
export function methodOptions(methods: readonly MethodInfo[]): FilterOption[] {
  return group(methods.filter((method) => !NOT_A_METHOD.has(method.code)));
}

/** Currency choices ("UAH · Hryvnia"), the most offered first. */
export function currencyOptions(
  currencies: readonly (CurrencyInfo & { englishName?: string })[],
): FilterOption[] {
  return group(
    currencies,
    (currency) => currency.code,
    (currency) => currency.code,
  );
}

/** Country choices, the most served first. */
export function countryOptions(
  countries: readonly (CountryInfo & { englishName?: string })[],
): FilterOption[] {
  return group(countries, (country) => country.code);
}

/**
 * The choices matching typed text: those whose name or code starts with it first, then those
 * with a word starting with it, then any containing it; the most offered first within each.
 */
export function matchOptions(options: readonly FilterOption[], text: string): FilterOption[] {
  const query = fold(text);
  if (query === '') return [...options];
  const rank = (option: FilterOption): number => {
    const label = fold(option.label);
    const code = option.hint?.toLowerCase() ?? '';
    if (label.startsWith(query) || code === query) return 0;
    const alias = option.alias ? fold(option.alias) : '';
    if (code.startsWith(query) || ` ${label}`.includes(` ${query}`) || ` ${alias}`.includes(` ${query}`))
      return 1;
    return label.includes(query) || (alias !== '' && alias.includes(query)) ? 2 : -1;
  };
  return options
    .map((option) => ({ option, rank: rank(option) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map(({ option }) => option);
}

/** Whether a choice is selected: any of its codes is in the filter. */
export function isSelected(option: FilterOption, selected: readonly string[]): boolean {
  return option.codes.some((code) => selected.includes(code));
}

/** The filter's codes with a choice switched on or off. */
export function toggleOption(option: FilterOption, selected: readonly string[]): string[] {
  return isSelected(option, selected)
    ? selected.filter((code) => !option.codes.includes(code))
    : [...selected, ...option.codes];
}
