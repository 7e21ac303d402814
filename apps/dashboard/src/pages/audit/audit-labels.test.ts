import { describe, expect, it } from 'vitest';
import { describeDetails } from './audit-labels';

describe('describeDetails', () => {
  it('shows changes as from → to and lists field names', () => {
    expect(describeDetails({ from: 'Shop', to: 'Main shop' })).toBe('Shop → Main shop');
    expect(describeDetails({ fields: ['secretKey', 'accountId'] })).toBe('fields: secretKey, accountId');
    expect(describeDetails({ changes: { name: { from: 'A', to: 'B' } } })).toBe('name: A → B');
    expect(describeDetails({ ok: false, reason: 'invalid_credentials', label: null })).toBe(
      'ok: false; reason: invalid_credentials',
    );
  });
});
