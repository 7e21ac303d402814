import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

/** The SQL engines the host runs on. */
export type Dialect = 'sqlite' | 'postgres';

/** A row as the driver returns it. */
export type Row = Record<string, unknown>;

/**
 * The query layer every store module uses. SQL is written once with `?` placeholders and the
 * subset both engines share (TEXT ISO timestamps, INTEGER counters, `ON CONFLICT … DO UPDATE`).
 */
export interface Queryable {
  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  run(sql: string, params?: readonly unknown[]): Promise<{ changes: number }>;
}

/** A database connection (or pool) with transactions. */
export interface Database extends Queryable {
  readonly dialect: Dialect;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * The engine's own client, for libraries that take one (rate-limiter-flexible). On SQLite,
   * whatever uses the handle must run inside `exclusive`, so it never lands inside another
   * request's open transaction on the one shared connection.
   */
  readonly native:
    | { dialect: 'sqlite'; handle: BetterSqlite3.Database; exclusive<T>(fn: () => Promise<T>): Promise<T> }
    | { dialect: 'postgres'; pool: pg.Pool };
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** True when `error` is a unique-constraint violation on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Normalises parameters: `undefined` → null, booleans → 0/1 (SQLite has no boolean). */
export function bindable(params: readonly unknown[] = []): unknown[] {
  return params.map((value) =>
    value === undefined ? null : typeof value === 'boolean' ? Number(value) : value,
  );
}
