import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  displayName,
  endUserName,
  environmentLabel,
  formatAmount,
  formatDate,
  formatNumber,
  formatRelative,
  formatUpcoming,
  humanize,
  maskedHint,
} from './format';

describe('formatting in the chosen language', () => {
  it('writes dates, numbers and amounts the Ukrainian way when Ukrainian is chosen', async () => {
    await i18next.changeLanguage('uk');
    try {
      expect(formatDate('2025-03-12T12:00:00Z')).toMatch(/^12 бер\. 2025/);
      expect(formatNumber(12345.5)).toBe('12\u00a0345,5');
      expect(formatAmount(1234.5, 'EUR')).toMatch(/^1\u00a0234,50\u00a0(€|EUR)$/);
      expect(formatRelative('2025-03-12T11:55:00Z', Date.parse('2025-03-12T12:00:00Z'))).toBe(
        '5 хвилин тому',
      );
      expect(formatRelative(null)).toBe('Ніколи');
      expect(environmentLabel('live')).toBe('Робоче');
      // Currencies and countries from the browser's CLDR names, starting upper in a list.
      expect(displayName('currency', 'USD', 'US Dollar')).toBe('Долар США');
      expect(displayName('region', 'UA', 'Ukraine')).toBe('Україна');
      // A code CLDR does not know keeps the catalogue's name.
      expect(displayName('currency', 'ZZZ', 'Zed')).toBe('Zed');
    } finally {
      await i18next.changeLanguage('en');
    }
    expect(formatDate('2025-03-12T12:00:00Z')).toBe('Mar 12, 2025');
    expect(formatNumber(12345.5)).toBe('12,345.5');
    // English keeps the catalogue's own names.
    expect(displayName('region', 'GB', 'United Kingdom of Great Britain')).toBe(
      'United Kingdom of Great Britain',
    );
  });
});

describe('formatting for people', () => {
  it('says when something happened in relative words', () => {
    const now = Date.parse('2025-03-12T12:00:00Z');
    expect(formatRelative('2025-03-12T11:59:50Z', now)).toBe('just now');
    expect(formatRelative('2025-03-12T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatRelative(null, now)).toBe('Never');
  });

  it('says when something is due: in a moment, or in how long', () => {
    const now = Date.parse('2025-03-12T12:00:00Z');
    expect(formatUpcoming('2025-03-12T12:00:20Z', now)).toBe('in a moment');
    expect(formatUpcoming('2025-03-12T11:59:00Z', now)).toBe('in a moment');
    expect(formatUpcoming('2025-03-12T12:05:00Z', now)).toBe('in 5 minutes');
    expect(formatUpcoming(null, now)).toBe('not scheduled');
  });

  it('turns codes without a name into words', () => {
    expect(humanize('bank_transfer')).toBe('Bank transfer');
  });

  it('shows a masked secret as dots and its last four characters', () => {
    expect(maskedHint('…abcd')).toBe('••••abcd');
    expect(maskedHint('****abcd')).toBe('••••abcd');
  });

  it('names an end user by what the platform told about them', () => {
    expect(endUserName({ id: 'u1', displayName: 'Ann', email: 'ann@example.com' })).toBe(
      'Ann (ann@example.com)',
    );
    expect(endUserName({ id: 'u1', email: 'ann@example.com' })).toBe('ann@example.com');
    expect(endUserName({ id: 'u1' })).toBe('u1');
  });
});
