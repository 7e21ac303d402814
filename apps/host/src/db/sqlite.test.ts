import { chmodSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
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

describe('SQLite file permissions', () => {
  const test = sqliteDatabase();
  afterAll(() => test.drop());

  it('creates the database file 0600 in a 0700 folder, and tightens wider existing ones', async () => {
    if (test.config.kind !== 'sqlite') throw new Error('a SQLite test database was expected');
    const { file } = test.config;
    const folder = dirname(file);
    chmodSync(folder, 0o755);
    const db = await openDatabase(test.config);
    await db.run('CREATE TABLE t (v INTEGER)');
    await db.run('INSERT INTO t (v) VALUES (1)');
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
    await db.close();
    chmodSync(file, 0o644);
    const again = await openDatabase(test.config);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await again.close();
  });
});
