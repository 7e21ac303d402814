// The merchant's choice of palette. CSS follows the system's preference by itself
// (`color-scheme: light dark` in styles/base.css); this module only records an explicit choice on
// <html> as data-theme="light" | "dark", keeps it in localStorage, and applies it from the main
// module before the app renders (no inline script, so a strict Content-Security-Policy holds).

/** The choices the theme switch offers; `system` follows the operating system's setting. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The localStorage key that holds an explicit choice; absent means `system`. */
export const THEME_STORAGE_KEY = 'paycore.theme';

type ThemeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A stored value as a choice: anything unknown (or nothing) means `system`. */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The choice kept in `storage`; `system` when storage is unavailable (private mode, blocked). */
export function readThemeChoice(storage: ThemeStorage | undefined = browserStorage()): ThemeChoice {
  try {
    return parseThemeChoice(storage?.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/** Puts `choice` on `root`: data-theme for light or dark, no attribute for the system's setting. */
export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

/** The choice in effect on `root`. */
export function currentThemeChoice(root: HTMLElement = document.documentElement): ThemeChoice {
  return parseThemeChoice(root.getAttribute('data-theme'));
}

const listeners = new Set<() => void>();

/** Calls `listener` whenever the choice changes (here or in another tab); returns the unsubscribe. */
export function subscribeThemeChoice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changeTo(choice: ThemeChoice): void {
  applyThemeChoice(choice);
  for (const listener of listeners) listener();
}

/** Applies `choice` at once and remembers it for the next visit. */
export function setThemeChoice(
  choice: ThemeChoice,
  storage: ThemeStorage | undefined = browserStorage(),
): void {
  changeTo(choice);
  try {
    if (choice === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused (private mode, quota): the choice still holds for this page.
  }
}

/**
 * Applies the stored choice; called first thing by the main module, before React renders. Other
 * tabs' changes are followed, so every open tab shows the same palette.
 */
export function startTheme(): void {
  applyThemeChoice(readThemeChoice());
  window.addEventListener('storage', (event) => {
    if (event.key === THEME_STORAGE_KEY || event.key === null) changeTo(parseThemeChoice(event.newValue));
  });
}

function browserStorage(): ThemeStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
