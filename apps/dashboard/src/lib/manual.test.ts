import { describe, expect, it } from 'vitest';
import { splitManual } from './manual.js';

describe('splitManual', () => {
  it('keeps the merchant part and moves the contributors section aside', () => {
    const manual = '# Acme\n\n## 1. Set up\nDo this.\n\n## For contributors\n### Sources\n- a\n';
    expect(splitManual(manual)).toEqual({
      merchant: '# Acme\n\n## 1. Set up\nDo this.',
      contributors: '### Sources\n- a',
    });
  });

  it('returns the whole manual when it has no contributors section', () => {
    expect(splitManual('# Acme\n\nText\n')).toEqual({
      merchant: '# Acme\n\nText\n',
      contributors: undefined,
    });
  });

  it('ignores the heading inside a code fence, and an empty section', () => {
    const fenced = '# Acme\n```md\n## For contributors\n```\nEnd';
    expect(splitManual(fenced)).toEqual({ merchant: fenced, contributors: undefined });
    expect(splitManual('# Acme\n## For contributors\n\n')).toEqual({
      merchant: '# Acme',
      contributors: undefined,
    });
  });
});
