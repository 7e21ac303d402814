import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadVocabulary, type Vocabulary } from '../api/catalogue';
import type { CountryInfo, CurrencyInfo } from '../api/types';
import { compareNames, displayName } from './format';

/** A currency or country named in the chosen language, with the catalogue's English name kept for search. */
export type Translated<T> = T & { englishName: string };

/** The vocabulary sorted for pickers, plus method names by code; empty until it has loaded. */
export interface VocabularyView extends Omit<Vocabulary, 'currencies' | 'countries'> {
  loaded: boolean;
  currencies: Translated<CurrencyInfo>[];
  countries: Translated<CountryInfo>[];
  methodName: ReadonlyMap<string, string>;
}

/**
 * Methods, currencies and countries with names, loaded once for the whole app; currencies and
 * countries in the chosen language (methods keep the catalogue's names: most are brands).
 */
export function useVocabulary(): VocabularyView {
  const { i18n } = useTranslation();
  const [vocabulary, setVocabulary] = useState<Vocabulary | undefined>();
  useEffect(() => {
    let live = true;
    loadVocabulary()
      .then((value) => live && setVocabulary(value))
      .catch(() => {
        // Filters and cards fall back to codes; the directory itself still works.
      });
    return () => {
      live = false;
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: names are made in the language in effect, read inside
  return useMemo(() => {
    const paymentMethods = byName(vocabulary?.paymentMethods ?? []);
    const payoutMethods = byName(vocabulary?.payoutMethods ?? []);
    const methodName = new Map<string, string>();
    for (const method of [...payoutMethods, ...paymentMethods]) methodName.set(method.code, method.name);
    const currencies = (vocabulary?.currencies ?? [])
      .map((currency) => named('currency', currency))
      .sort((a, b) => a.code.localeCompare(b.code));
    const countries = byName((vocabulary?.countries ?? []).map((country) => named('region', country)));
    return {
      loaded: vocabulary !== undefined,
      paymentMethods,
      payoutMethods,
      currencies,
      countries,
      methodName,
    };
  }, [vocabulary, i18n.resolvedLanguage]);
}

function named<T extends { code: string; name: string }>(
  type: 'currency' | 'region',
  item: T,
): Translated<T> {
  return { ...item, name: displayName(type, item.code, item.name), englishName: item.name };
}

function byName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => compareNames(a.name, b.name));
}
