import type { Database } from './database.js';
import { type Migration, MIGRATIONS } from './migrations.js';

// Any constant works; it only has to be the same in every host process sharing the database.
const MIGRATION_LOCK = 7_317_001;

/**
 * Applies the migrations the database has not seen, in one transaction. On PostgreSQL an advisory
 * lock makes hosts that start together wait for each other instead of racing to create tables;
 * on SQLite `BEGIN IMMEDIATE` does the same. Returns the versions applied.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return db.transaction(async (tx) => {
    if (db.dialect === 'postgres') await tx.get(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      (await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) =>
        Number(row.version),
      ),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of [...migration.statements, ...(migration.dialect?.[db.dialect] ?? [])])
        await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
