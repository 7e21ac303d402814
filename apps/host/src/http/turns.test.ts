import { describe, expect, it } from 'vitest';
import { createTurns } from './turns.js';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('turns', () => {
  it('starts tasks in arrival order, at most perTurn per event-loop turn', async () => {
    const turns = createTurns({ perTurn: 3 });
    const started: number[] = [];
    for (let i = 0; i < 7; i++) turns.run(() => started.push(i));
    expect(started).toEqual([]);
    expect(turns.waiting).toBe(7);
    await turn();
    expect(started).toEqual([0, 1, 2]);
    await turn();
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    await turn();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(turns.waiting).toBe(0);
  });

  it('lets other work run between batches', async () => {
    const turns = createTurns({ perTurn: 1 });
    const order: string[] = [];
    turns.run(() => order.push('first'));
    turns.run(() => order.push('second'));
    // Queued after the first batch: it runs before the second, which waits for the next turn.
    setImmediate(() => order.push('other'));
    await turn();
    await turn();
    expect(order).toEqual(['first', 'other', 'second']);
  });

  it('next() puts the rest of an async function in line', async () => {
    const turns = createTurns({ perTurn: 1 });
    const done: string[] = [];
    const job = async (name: string) => {
      await turns.next();
      done.push(name);
    };
    const all = Promise.all([job('a'), job('b'), job('c')]);
    await turn();
    expect(done).toEqual(['a']);
    await all;
    expect(done).toEqual(['a', 'b', 'c']);
  });
});
