import { describe, expect, it } from 'vitest';
import { forgetToken, sessionIdFromPath, takeToken } from './token';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function fakeHistory() {
  const replaced: string[] = [];
  const history = { replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) };
  return { history: history as unknown as History, replaced };
}

describe('the connect page token', () => {
  it('reads the session id from the path', () => {
    expect(sessionIdFromPath('/connect/cs_abc')).toBe('cs_abc');
    expect(sessionIdFromPath('/connect/cs_abc/')).toBe('cs_abc');
    expect(sessionIdFromPath('/connections')).toBeUndefined();
  });

  it('moves the token from the fragment to sessionStorage and out of the address bar and history', () => {
    const storage = memoryStorage();
    const { history, replaced } = fakeHistory();
    const token = takeToken(
      { hash: '#pccs_secret', pathname: '/connect/cs_1' } as Location,
      history,
      storage,
      'cs_1',
    );
    expect(token).toBe('pccs_secret');
    expect(replaced).toEqual(['/connect/cs_1']);
    // A reload has no fragment: the tab's storage still has it, for this session only.
    const again = fakeHistory();
    expect(
      takeToken({ hash: '', pathname: '/connect/cs_1' } as Location, again.history, storage, 'cs_1'),
    ).toBe('pccs_secret');
    expect(again.replaced).toEqual([]);
    expect(
      takeToken({ hash: '', pathname: '/connect/cs_2' } as Location, again.history, storage, 'cs_2'),
    ).toBeUndefined();
    forgetToken(storage, 'cs_1');
    expect(
      takeToken({ hash: '', pathname: '/connect/cs_1' } as Location, again.history, storage, 'cs_1'),
    ).toBeUndefined();
  });
});
