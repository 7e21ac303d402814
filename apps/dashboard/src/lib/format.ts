import type { ConnectionHealth, Environment } from '../api/types';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "12 Mar 2025, 14:05", or an em dash for no date. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : dateTime.format(date);
}

/** "12 Mar 2025", or an em dash for no date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : dateOnly.format(date);
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
  if (!value) return 'Never';
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return 'Never';
  let amount = (time - now) / 1000;
  if (Math.abs(amount) < 45) return 'just now';
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return dateTime.format(new Date(time));
}

/** "in 5 minutes" for a time ahead; "in a moment" when it is (nearly) due. */
export function formatUpcoming(value: string | null | undefined, now = Date.now()): string {
  if (!value) return 'not scheduled';
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return 'not scheduled';
  return time - now < 45_000 ? 'in a moment' : formatRelative(value, now);
}

/** An amount limit in a currency, e.g. "€0.50"; falls back to "0.5 XYZ" for non-ISO codes. */
export function formatAmount(amount: number | undefined, currency: string): string {
  if (amount === undefined) return '—';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 2 }).format(
      amount,
    );
  } catch {
    return `${amount} ${currency}`;
  }
}

export const ENVIRONMENT_LABELS: Record<Environment, string> = { sandbox: 'Sandbox', live: 'Live' };

export const HEALTH_LABELS: Record<ConnectionHealth, string> = {
  healthy: 'Healthy',
  degraded: 'Degraded',
  needs_reconnect: 'Needs reconnect',
};

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
