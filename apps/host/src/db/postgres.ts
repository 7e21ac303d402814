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
  const converted = new Map<string, string>();
  const text = (sql: string): string => {
    let out = converted.get(sql);
    if (out === undefined) {
      out = toPostgresPlaceholders(sql);
      converted.set(sql, out);
    }
    return out;
  };
  const over = (client: pg.Pool | pg.PoolClient): Queryable => ({
    all: async <T>(sql: string, params?: readonly unknown[]) =>
      (await client.query(text(sql), bindable(params))).rows as T[],
    get: async <T>(sql: string, params?: readonly unknown[]) =>
      (await client.query(text(sql), bindable(params))).rows[0] as T | undefined,
    run: async (sql, params) => ({
      changes: (await client.query(text(sql), bindable(params))).rowCount ?? 0,
    }),
  });
  const direct = over(pool);
  return {
    dialect: 'postgres',
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
