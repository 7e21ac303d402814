import { useEffect, useState } from 'react';
import { getProvider } from '../../api/catalogue';

const cache = new Map<string, Promise<string>>();

/** Provider names for ids, fetched once each, for answers that carry only the id. */
export function useProviderNames(ids: string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let live = true;
    const unique = key === '' ? [] : key.split(',');
    Promise.all(
      unique.map(async (id) => {
        let name = cache.get(id);
        if (!name) {
          name = getProvider(id)
            .then((provider) => provider.name)
            .catch(() => id);
          cache.set(id, name);
        }
        return [id, await name] as const;
      }),
    ).then((entries) => live && setNames(new Map(entries)));
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
