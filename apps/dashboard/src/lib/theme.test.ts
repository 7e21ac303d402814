import { describe, expect, it } from 'vitest';
import { parseThemeChoice, readThemeChoice, THEME_STORAGE_KEY } from './theme';

function storageWith(value: string | null) {
  return {
    getItem: (key: string) => (key === THEME_STORAGE_KEY ? value : null),
    setItem: () => {},
    removeItem: () => {},
  };
}

describe('the theme choice', () => {
  it('is light or dark only when that was stored; anything else follows the system', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('system')).toBe('system');
    expect(parseThemeChoice('Dark')).toBe('system');
    expect(parseThemeChoice(null)).toBe('system');
  });

  it('is read from storage, and storage that refuses (private mode) means system', () => {
    expect(readThemeChoice(storageWith('dark'))).toBe('dark');
    expect(readThemeChoice(storageWith(null))).toBe('system');
    const refusing = {
      ...storageWith(null),
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    expect(readThemeChoice(refusing)).toBe('system');
    expect(readThemeChoice(undefined)).toBe('system');
  });
});
