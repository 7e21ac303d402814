import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase, testDatabase } from '../../test/support/databases.js';
import { listConnectionRequests } from '../store/connection-requests.js';
import { insertOrganisation } from '../store/organisations.js';
import { insertUser } from '../store/users.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';

describe.each(ENGINES)('migration 11 on %s', (engine) => {
  let test: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    test = await testDatabase(engine);
    db = test.config.kind === 'sqlite' ? openSqlite(test.config.file) : openPostgres(test.config.url);
    await migrate(
      db,
      MIGRATIONS.filter((migration) => migration.version < 11),
    );
  });
  afterAll(async () => {
    await db?.close();
    await test?.drop();
  });

  it('folds requests an organisation made twice into the first, and keeps the rest', async () => {
    const user = await insertUser(db, `m11-${engine}@example.com`, 'hash');
    const org = await db.transaction((tx) => insertOrganisation(tx, 'Acme', user.id));
    const other = await db.transaction((tx) => insertOrganisation(tx, 'Other', user.id));
    const rows: [string, string, string | null, string | null, string][] = [
      ['req_1', org.id, 'fondy', 'Fondy', '2026-01-01T00:00:00.000Z'],
      ['req_2', org.id, 'fondy', 'Fondy', '2026-02-01T00:00:00.000Z'],
      ['req_3', org.id, null, 'Acme Pay', '2026-01-05T00:00:00.000Z'],
      ['req_4', org.id, null, ' acme pay ', '2026-01-03T00:00:00.000Z'],
      ['req_5', other.id, 'fondy', 'Fondy', '2026-03-01T00:00:00.000Z'],
    ];
    for (const [id, orgId, providerId, name, at] of rows) {
      await db.run(
        "INSERT INTO connection_requests (id, org_id, provider_id, name, created_by_type, created_by, created_at) VALUES (?, ?, ?, ?, 'user', ?, ?)",
        [id, orgId, providerId, name, user.id, at],
      );
    }
    expect(await migrate(db)).toContain(11);
    const kept = (await listConnectionRequests(db, org.id)).map((request) => request.id).sort();
    expect(kept).toEqual(['req_1', 'req_4']);
    expect((await listConnectionRequests(db, other.id)).map((request) => request.status)).toEqual(['open']);
  });
});
