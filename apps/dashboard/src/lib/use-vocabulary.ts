import { useEffect, useMemo, useState } from 'react';
import { loadVocabulary, type Vocabulary } from '../api/catalogue';

/** The vocabulary sorted for pickers, plus method names by code; empty until it has loaded. */
export interface VocabularyView extends Vocabulary {
  loaded: boolean;
  methodName: ReadonlyMap<string, string>;
}

/** Methods, currencies and countries with names, loaded once for the whole app. */
export function useVocabulary(): VocabularyView {
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
  return useMemo(() => {
    const paymentMethods = byName(vocabulary?.paymentMethods ?? []);
    const payoutMethods = byName(vocabulary?.payoutMethods ?? []);
    const methodName = new Map<string, string>();
    for (const method of [...payoutMethods, ...paymentMethods]) methodName.set(method.code, method.name);
    const currencies = [...(vocabulary?.currencies ?? [])].sort((a, b) => a.code.localeCompare(b.code));
    const countries = byName(vocabulary?.countries ?? []);
    return {
      loaded: vocabulary !== undefined,
      paymentMethods,
      payoutMethods,
      currencies,
      countries,
      methodName,
    };
  }, [vocabulary]);
}

function byName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}
