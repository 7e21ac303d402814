import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config.js';
import { jobsSchemaFor } from '../../src/jobs/engine.js';

/** A database for one test file, removed by `drop`. */
export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  config: DatabaseConfig;
  /** For child processes: the `DATABASE_URL` value. */
  url: string;
  drop(): Promise<void>;
}

/** PostgreSQL for tests, when `TEST_DATABASE_URL` names one. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** Why PostgreSQL tests are skipped, printed once by the suites that skip them. */
export const POSTGRES_SKIP_REASON =
  'PostgreSQL tests skipped: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them';

/** A fresh SQLite file in its own temporary folder. */
export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-db-'));
  const file = join(dir, 'paycore.sqlite');
  return {
    name: 'sqlite',
    config: { kind: 'sqlite', file },
    url: `sqlite:${file}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A fresh schema in the test PostgreSQL database, selected through the URL's `search_path`
 * option, so test files running in parallel never see each other's tables.
 */
export async function postgresDatabase(baseUrl = TEST_DATABASE_URL): Promise<TestDatabase> {
  if (!baseUrl) throw new Error(POSTGRES_SKIP_REASON);
  const schema = `paycore_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    name: 'postgres',
    config: { kind: 'postgres', url: url.toString() },
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      // Where hosts with workers keep their pg-boss jobs.
      await client.query(`DROP SCHEMA IF EXISTS ${jobsSchemaFor(schema)} CASCADE`);
      await client.end();
    },
  };
}

/** The engines the persistence tests run on: SQLite always, PostgreSQL when configured. */
export const ENGINES: readonly ('sqlite' | 'postgres')[] = TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/** A fresh database of the given engine. */
export function testDatabase(engine: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  return engine === 'sqlite' ? Promise.resolve(sqliteDatabase()) : postgresDatabase();
}
