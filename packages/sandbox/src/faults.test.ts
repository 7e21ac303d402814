import { describe, expect, it } from 'vitest';
import { createFaultBook } from './faults.js';

describe('fault book', () => {
  it('counts faults by kind with first and last time, and a success resets the streak', () => {
    let now = Date.parse('2026-12-04T10:00:00Z');
    const book = createFaultBook({ threshold: 3, coolDownMs: 1000 }, () => now);
    book.settle('x', { kind: 'crash', message: 'one' });
    now += 1000;
    book.settle('x', { kind: 'crash', message: 'two' });
    book.settle('x');
    expect(book.report()).toEqual([
      {
        connectorId: 'x',
        consecutiveFaults: 0,
        circuit: 'closed',
        faults: [
          {
            kind: 'crash',
            count: 2,
            firstAt: '2026-12-04T10:00:00.000Z',
            lastAt: '2026-12-04T10:00:01.000Z',
            lastMessage: 'two',
          },
        ],
      },
    ]);
    expect(book.allow('x')).toBe(true);
  });
});
