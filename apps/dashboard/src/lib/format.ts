import i18next from 'i18next';
import type { ConnectionHealth, Environment } from '../api/types';
import { currentLanguage, currentLocale } from '../i18n/i18n';

// Dates, numbers, names and sorting in the language the merchant chose (not the browser's). Making
// an Intl object is far dearer than using one, and a directory page writes hundreds of counts and
// sorts hundreds of names: one object per kind, options and locale, made when first asked for.
const intlObjects = new Map<string, unknown>();

function intl<T>(kind: string, make: (locale: string) => T): T {
  const locale = currentLocale();
  const key = `${kind}:${locale}`;
  let made = intlObjects.get(key) as T | undefined;
  if (made === undefined) {
    made = make(locale);
    intlObjects.set(key, made);
  }
  return made;
}

const dateTimeFormat = (style: 'dateTime' | 'date') =>
  intl(
    style,
    (locale) =>
      new Intl.DateTimeFormat(
        locale,
        style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' },
      ),
  );

const relativeFormat = () =>
  intl('relative', (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/**
 * A currency's (`type: 'currency'`, ISO 4217) or country's (`'region'`, ISO 3166-1 alpha-2) name
 * in the chosen language, from the browser's own CLDR data. English keeps the catalogue's name
 * (`english`), which the catalogue's search and the provider's documents use; a code the browser
 * does not know keeps it too.
 */
export function displayName(type: 'currency' | 'region', code: string, english: string): string {
  if (currentLanguage() === 'en') return english;
  const names = intl(type, (locale) => new Intl.DisplayNames(locale, { type, fallback: 'none' }));
  try {
    const name = names.of(code);
    // CLDR writes some in lower case ("долар США"); a name standing alone in a list starts upper.
    return name ? name.charAt(0).toLocaleUpperCase(currentLocale()) + name.slice(1) : english;
  } catch {
    return english; // not a well-formed code
  }
}

/** A count or figure with the chosen locale's grouping ("1,234" / "1 234"). */
export function formatNumber(value: number): string {
  return intl('number', (locale) => new Intl.NumberFormat(locale)).format(value);
}

/** Compares two names for sorting in the chosen language (`a.localeCompare(b, locale)` builds a collator per call). */
export function compareNames(a: string, b: string): number {
  return intl('collator', (locale) => new Intl.Collator(locale)).compare(a, b);
}

/** "12 Mar 2025, 14:05", or an em dash for no date. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : dateTimeFormat('dateTime').format(date);
}

/** "12 Mar 2025", or an em dash for no date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : dateTimeFormat('date').format(date);
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 minutes ago", "yesterday"; `now` is injectable for tests. */
export function formatRelative(value: string | null | undefined, now = Date.now()): string {
  if (!value) return i18next.t('format.never');
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return i18next.t('format.never');
  let amount = (time - now) / 1000;
  if (Math.abs(amount) < 45) return i18next.t('format.justNow');
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return relativeFormat().format(Math.round(amount), unit);
    amount /= size;
  }
  return dateTimeFormat('dateTime').format(new Date(time));
}

/** "in 5 minutes" for a time ahead; "in a moment" when it is (nearly) due. */
export function formatUpcoming(value: string | null | undefined, now = Date.now()): string {
  if (!value) return i18next.t('format.notScheduled');
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return i18next.t('format.notScheduled');
  return time - now < 45_000 ? i18next.t('format.inAMoment') : formatRelative(value, now);
}

/** An amount limit in a currency, e.g. "€0.50"; falls back to "0.5 XYZ" for non-ISO codes. */
export function formatAmount(amount: number | undefined, currency: string): string {
  if (amount === undefined) return '—';
  try {
    const format = intl(
      `amount:${currency}`,
      (locale) => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }),
    );
    return format.format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** "Sandbox" / "Live" in the chosen language. */
export function environmentLabel(environment: Environment): string {
  return environment === 'live'
    ? i18next.t('format.environment.live')
    : i18next.t('format.environment.sandbox');
}

/** A connection's health in the chosen language. */
export function healthLabel(health: ConnectionHealth): string {
  switch (health) {
    case 'healthy':
      return i18next.t('format.health.healthy');
    case 'degraded':
      return i18next.t('format.health.degraded');
    case 'needs_reconnect':
      return i18next.t('format.health.needsReconnect');
  }
}

/** "payment_card" → "Payment card" when the vocabulary has no name for a code. */
export function humanize(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words === '' ? code : words[0]!.toUpperCase() + words.slice(1);
}

/** "••••abcd" for a masked secret, whatever the host's hint looks like ("…abcd", "****abcd"). */
export function maskedHint(hint: string): string {
  return `••••${hint.replace(/^[.…*•\s]+/, '')}`;
}

/** How an end user is named: their display name, else their e-mail, else the platform's id. */
export function endUserName(endUser: { id: string; email?: string; displayName?: string }): string {
  if (endUser.displayName && endUser.email) return `${endUser.displayName} (${endUser.email})`;
  return endUser.displayName ?? endUser.email ?? endUser.id;
}
