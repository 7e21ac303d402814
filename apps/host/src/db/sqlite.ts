import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { bindable, type Database, type Queryable } from './database.js';

/**
 * Makes the database file readable by its owner only (0600) and its folder private (0700) before
 * SQLite opens it; SQLite gives its `-wal` and `-shm` files the mode of the database file. The
 * file is created here, not by SQLite, so it never exists with the umask's wider mode.
 */
function protectFile(file: string): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

/**
 * Opens a SQLite file in WAL mode. better-sqlite3 is synchronous and the host has one connection,
 * so an async transaction must not let other requests' statements run inside it: while one is
 * open, every other statement waits its turn in a queue.
 */
export function openSqlite(file: string): Database {
  if (file !== ':memory:') protectFile(file);
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode loses nothing when the process dies (committed pages are in the WAL the
  // OS already holds); only a power cut may drop the last transactions.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');

  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string): BetterSqlite3.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const direct: Queryable = {
    all: async <T>(sql: string, params?: readonly unknown[]) => prepare(sql).all(...bindable(params)) as T[],
    get: async <T>(sql: string, params?: readonly unknown[]) =>
      prepare(sql).get(...bindable(params)) as T | undefined,
    run: async (sql, params) => ({ changes: prepare(sql).run(...bindable(params)).changes }),
  };

  let queue: Promise<unknown> = Promise.resolve();
  let inTransaction = false;
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const result = queue.then(fn);
    queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  };
  const gated = <R>(fn: () => Promise<R>): Promise<R> => (inTransaction ? exclusive(fn) : fn());

  return {
    dialect: 'sqlite',
    native: { dialect: 'sqlite', handle: db, exclusive },
    all: <T>(sql: string, params?: readonly unknown[]) => gated(() => direct.all<T>(sql, params)),
    get: <T>(sql: string, params?: readonly unknown[]) => gated(() => direct.get<T>(sql, params)),
    run: (sql, params) => gated(() => direct.run(sql, params)),
    transaction: (fn) =>
      exclusive(async () => {
        inTransaction = true;
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        } finally {
          inTransaction = false;
        }
      }),
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      await exclusive(async () => undefined);
      db.close();
    },
  };
}
