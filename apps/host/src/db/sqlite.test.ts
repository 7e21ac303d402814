import { afterAll, describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../test/support/databases.js';
import { openDatabase } from './open.js';

describe('SQLite transactions', () => {
  const test = sqliteDatabase();
  afterAll(() => test.drop());

  it('keeps statements from other requests out of an open transaction', async () => {
    const db = await openDatabase(test.config);
    await db.run('CREATE TABLE t (v INTEGER)');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tx = db
      .transaction(async (q) => {
        await q.run('INSERT INTO t (v) VALUES (1)');
        await gate;
        throw new Error('roll back');
      })
      .catch(() => undefined);
    // Issued while the transaction waits; it must run after it, so the rollback cannot take it.
    const outside = db.run('INSERT INTO t (v) VALUES (2)');
    release();
    await Promise.all([tx, outside]);
    expect(await db.all('SELECT v FROM t')).toEqual([{ v: 2 }]);
    await db.close();
  });
});
