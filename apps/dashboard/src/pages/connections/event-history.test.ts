import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeChange } from './event-history';

describe("a connection history's changes", () => {
  it('says the label from and to, and which fields got new values by their titles', () => {
    expect(describeChange({ field: 'label', from: 'main', to: 'EU store' }, {})).toBe(
      'Label: “main” → “EU store”',
    );
    expect(describeChange({ field: 'label', from: null, to: 'EU' }, {})).toBe('Label: no label → “EU”');
    const titles = { secretKey: 'Secret key', publishableKey: 'Publishable key' };
    expect(describeChange({ field: 'credentials', replaced: ['secretKey'] }, titles)).toBe(
      'New value for Secret key',
    );
    // Listed with Intl.ListFormat in the chosen locale (plain English here: a serial comma).
    expect(
      describeChange({ field: 'credentials', replaced: ['secretKey', 'publishableKey', 'x'] }, titles),
    ).toBe('New values for Secret key, Publishable key, and x');
  });

  it('says the same in Ukrainian, with its own list and quotes', async () => {
    await i18next.changeLanguage('uk');
    try {
      const titles = { secretKey: 'Secret key', publishableKey: 'Publishable key' };
      expect(describeChange({ field: 'label', from: null, to: 'EU' }, {})).toBe('Назва: без назви → «EU»');
      expect(
        describeChange({ field: 'credentials', replaced: ['secretKey', 'publishableKey'] }, titles),
      ).toBe('Нові значення: Secret key і Publishable key');
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
