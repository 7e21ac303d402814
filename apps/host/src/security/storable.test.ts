import { describe, expect, it } from 'vitest';
import { pathIdFields, storableText, storableValue, unstorableFields } from './storable.js';

describe('text the database can store', () => {
  it('finds NUL and lone surrogates anywhere in a body, property names included, by JSON pointer', () => {
    expect(
      unstorableFields({ name: 'a\u0000b', items: ['ok', '\ud800'], 'we/ird': { ['k\u0000']: 'x' } }, ''),
    ).toEqual([
      { path: '/name', message: expect.stringContaining('NUL') },
      { path: '/items/1', message: expect.stringContaining('surrogate') },
      { path: '/we~1ird/k\\u0000', message: expect.stringContaining('property name') },
    ]);
    expect(unstorableFields({ emoji: '💳', text: 'plain' }, '')).toEqual([]);
  });

  it('limits path ids in length as well', () => {
    expect(pathIdFields({ orgId: 'org_1', connectionId: 'c'.repeat(129) })).toEqual([
      { path: '/path/connectionId', message: 'must be at most 128 characters long' },
    ]);
  });

  it("makes a provider's text storable: no NUL, control characters or lone surrogates, bounded", () => {
    expect(storableText('Invalid\u0000 key\u0007\n\tsee docs\ud800')).toBe('Invalid key\n\tsee docs\ufffd');
    const long = storableText(`${'a'.repeat(9)}💳tail`, 11);
    expect(long).toBe(`${'a'.repeat(9)}…`);
    expect(long.isWellFormed()).toBe(true);
    expect(
      storableValue({ ok: false, message: 'x\u0000y', account: { ['n\u0000']: ['\udc00'] }, n: 3 }),
    ).toEqual({
      ok: false,
      message: 'xy',
      account: { n: ['\ufffd'] },
      n: 3,
    });
  });
});
