import pg from 'pg';
import { bindable, type Database, type Queryable } from './database.js';

/** `?` placeholders → `$1, $2, …`, leaving quoted text alone. */
export function toPostgresPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (match) => (match === '?' ? `$${++index}` : match));
}

/** Connects a pool to PostgreSQL; several host processes may share the database. */
export function openPostgres(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the host; the pool replaces it.
  pool.on('error', () => undefined);
  // Each distinct SQL text becomes a named prepared statement: PostgreSQL parses and plans it
  // once per pooled connection instead of on every call (the connect path's insert has 35
  // parameters and three CTEs).
  const prepared = new Map<string, { name: string; text: string }>();
  const statement = (sql: string): { name: string; text: string } => {
    let out = prepared.get(sql);
    if (out === undefined) {
      out = { name: `paycore_${prepared.size + 1}`, text: toPostgresPlaceholders(sql) };
      prepared.set(sql, out);
    }
    return out;
  };
  const query = (client: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) =>
    client.query({ ...statement(sql), values: bindable(params) });
  const over = (client: pg.Pool | pg.PoolClient): Queryable => ({
    all: async <T>(sql: string, params?: readonly unknown[]) =>
      (await query(client, sql, params)).rows as T[],
    get: async <T>(sql: string, params?: readonly unknown[]) =>
      (await query(client, sql, params)).rows[0] as T | undefined,
    run: async (sql, params) => ({ changes: (await query(client, sql, params)).rowCount ?? 0 }),
  });
  const direct = over(pool);
  return {
    dialect: 'postgres',
    native: { dialect: 'postgres', pool },
    ...direct,
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(over(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}
