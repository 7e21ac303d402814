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
    expect(
      describeChange({ field: 'credentials', replaced: ['secretKey', 'publishableKey', 'x'] }, titles),
    ).toBe('New value for Secret key, Publishable key and x');
  });
});
