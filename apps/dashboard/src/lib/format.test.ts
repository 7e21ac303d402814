import { describe, expect, it } from 'vitest';
import { formatRelative, humanize, maskedHint } from './format';

describe('formatting for people', () => {
  it('says when something happened in relative words', () => {
    const now = Date.parse('2025-03-12T12:00:00Z');
    expect(formatRelative('2025-03-12T11:59:50Z', now)).toBe('just now');
    expect(formatRelative('2025-03-12T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatRelative(null, now)).toBe('Never');
  });

  it('turns codes without a name into words', () => {
    expect(humanize('bank_transfer')).toBe('Bank transfer');
  });

  it('shows a masked secret as dots and its last four characters', () => {
    expect(maskedHint('…abcd')).toBe('••••abcd');
    expect(maskedHint('****abcd')).toBe('••••abcd');
  });
});
