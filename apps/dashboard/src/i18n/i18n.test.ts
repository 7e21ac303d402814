import { describe, expect, it } from 'vitest';
import { parseLanguage, pickLanguage, regionalLocale } from './i18n';

describe('choosing the language', () => {
  it('reads a language tag as one of ours, region and case aside', () => {
    expect(parseLanguage('uk-UA')).toBe('uk');
    expect(parseLanguage('EN_gb')).toBe('en');
    expect(parseLanguage('de')).toBeUndefined();
    expect(parseLanguage(null)).toBeUndefined();
  });

  it('takes the stored choice first, then the first browser language we have, then English', () => {
    expect(pickLanguage('en', ['uk-UA'])).toBe('en');
    expect(pickLanguage(null, ['de-DE', 'uk', 'en'])).toBe('uk');
    expect(pickLanguage('fr', ['uk-UA'])).toBe('uk');
    expect(pickLanguage(null, ['de', 'pl'])).toBe('en');
    expect(pickLanguage(undefined, [])).toBe('en');
  });

  it("writes dates in the browser's regional form of the chosen language, else the language's own", () => {
    expect(regionalLocale('en', ['en-GB', 'uk'])).toBe('en-GB');
    expect(regionalLocale('uk', ['en-GB', 'uk-UA'])).toBe('uk-UA');
    expect(regionalLocale('uk', ['en-GB'])).toBe('uk');
    expect(regionalLocale('en', [])).toBe('en');
  });
});
