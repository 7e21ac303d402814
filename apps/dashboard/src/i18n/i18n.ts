// The dashboard's languages. English is bundled with the app; Ukrainian is its own chunk, loaded
// from the app's own origin when chosen (no network fetch of translations, no inline script: the
// Content-Security-Policy is default-src 'self'). The choice is kept in localStorage; without one
// the browser's languages decide, else English. <html lang> follows the language in effect.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en';

/** The languages the switch offers, in its order. */
export const LANGUAGES = ['en', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, as the switch shows it (the same in every language). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', uk: 'Українська' };

/** The localStorage key that holds an explicit choice. */
export const LANGUAGE_STORAGE_KEY = 'paycore.language';

export type Messages = { [key: string]: string | Messages };

const LOADERS: Record<Language, () => Promise<Messages>> = {
  en: async () => en,
  uk: () => import('./locales/uk').then((module) => module.default),
};

/** A language tag ("uk-UA", "en") as one of ours, or undefined. */
export function parseLanguage(value: string | null | undefined): Language | undefined {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === base);
}

/** The stored choice, else the first of the browser's languages we have, else English. */
export function pickLanguage(
  stored: string | null | undefined,
  browserLanguages: readonly string[],
): Language {
  const choice = parseLanguage(stored);
  if (choice) return choice;
  for (const tag of browserLanguages) {
    const language = parseLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function readStored(): string | null {
  try {
    return storage()?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await LOADERS[language]());
}

/** Picks the language, loads its messages and sets <html lang>; the app renders after this. */
export async function startI18n(): Promise<void> {
  const language = pickLanguage(readStored(), browserLanguages());
  const resources: Resource = { en: { translation: en } };
  if (language !== 'en') {
    try {
      resources[language] = { translation: await LOADERS[language]() };
    } catch {
      // The chunk could not be loaded (offline, a deploy replaced it): English rather than nothing.
    }
  }
  await i18next.use(initReactI18next).init({
    resources,
    lng: resources[language] ? language : 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}

/** Switches to `language` at once and remembers it for the next visit. */
export async function setLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage blocked: the choice holds for this visit only.
  }
  await i18next.changeLanguage(language);
}

/** The language in effect. */
export function currentLanguage(): Language {
  return parseLanguage(i18next.resolvedLanguage ?? i18next.language) ?? 'en';
}

/**
 * The locale for Intl: the browser's own regional form of the chosen language when it has one
 * ("en-GB" writes 5 Dec 2026 where plain "en" writes Dec 5, 2026), else the language itself.
 */
export function regionalLocale(language: Language, browser: readonly string[]): string {
  const regional = browser.find((tag) => parseLanguage(tag) === language);
  if (!regional) return language;
  try {
    return Intl.getCanonicalLocales(regional)[0] ?? language;
  } catch {
    return language;
  }
}

/** The locale dates and numbers are written in, following the chosen language. */
export function currentLocale(): string {
  // Asked for by every date, count and comparison a page writes: worked out once per language.
  const language = currentLanguage();
  if (localeFor?.language !== language)
    localeFor = { language, locale: regionalLocale(language, browserLanguages()) };
  return localeFor.locale;
}

let localeFor: { language: Language; locale: string } | undefined;
