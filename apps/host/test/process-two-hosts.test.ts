import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './support/client.js';
import { type ChildHost, masterKeysValue, spawnHost } from './support/child-host.js';
import {
  POSTGRES_SKIP_REASON,
  postgresDatabase,
  TEST_DATABASE_URL,
  type TestDatabase,
} from './support/databases.js';
import {
  FIXTURE_SECRET,
  fixtureOrigin,
  startAccountSimulator,
  writeFixtureConnectors,
} from './support/fixture-connectors.js';

if (!TEST_DATABASE_URL) console.info(`two-host test: ${POSTGRES_SKIP_REASON}`);

describe.skipIf(!TEST_DATABASE_URL)(
  'two host processes on one PostgreSQL database, no sticky routing',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'paycore-two-'));
    let database: TestDatabase;
    let simulator: Awaited<ReturnType<typeof startAccountSimulator>>;
    let a: ChildHost;
    let b: ChildHost;

    beforeAll(async () => {
      writeFixtureConnectors(join(dir, 'connectors'), ['good']);
      simulator = await startAccountSimulator();
      database = await postgresDatabase();
      const env = {
        DATABASE_URL: database.url,
        PAYCORE_MASTER_KEYS: masterKeysValue('shared'),
        PAYCORE_CONNECTOR_PATHS: join(dir, 'connectors'),
        PAYCORE_EGRESS_OVERRIDES: JSON.stringify({ [fixtureOrigin('good')]: simulator.origin }),
      };
      // Started together: the migration lock makes them agree on the schema.
      [a, b] = await Promise.all([
        spawnHost({ ...env, PAYCORE_DATA_DIR: join(dir, 'a') }),
        spawnHost({ ...env, PAYCORE_DATA_DIR: join(dir, 'b') }),
      ]);
    }, 60_000);
    afterAll(async () => {
      await a?.stop();
      await b?.stop();
      await database?.drop();
      await simulator?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('accepts a session made on one host on the other, until it is ended on either', async () => {
      const onA = a.client();
      const { email, orgId } = await onA.signup();
      const onB = new TestClient(b.url);
      onB.cookie = onA.cookie;
      const me = await onB.get('/api/me');
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ user: { email }, currentOrgId: orgId });
      expect((await onB.post('/api/auth/logout')).status).toBe(204);
      expect((await onA.get('/api/me')).status).toBe(401);
    });

    it('lists, verifies and deletes through one host a connection created through the other', async () => {
      const onA = a.client();
      const { orgId } = await onA.signup();
      const onB = new TestClient(b.url);
      onB.cookie = onA.cookie;
      const created = await onA.post(`/api/orgs/${orgId}/connections`, {
        providerId: 'fx-good',
        environment: 'sandbox',
        credentials: { apiKey: FIXTURE_SECRET },
      });
      expect(created.status).toBe(201);
      const id = created.body.id;
      expect(
        (await onB.get(`/api/orgs/${orgId}/connections`)).body.items.map((c: { id: string }) => c.id),
      ).toEqual([id]);
      const verified = await onB.post(`/api/orgs/${orgId}/connections/${id}/verify`);
      expect(verified.body.result).toMatchObject({ ok: true, account: { id: 'acct_fixture' } });
      expect((await onB.delete(`/api/orgs/${orgId}/connections/${id}`)).status).toBe(204);
      expect((await onA.get(`/api/orgs/${orgId}/connections/${id}`)).status).toBe(404);
      const events = await onA.get(`/api/orgs/${orgId}/connections`);
      expect(events.body.items).toEqual([]);
    });

    it('counts failed logins across hosts', async () => {
      const { email } = await a.client().signup();
      for (let i = 0; i < 5; i++) {
        const host = i % 2 === 0 ? a : b;
        await host.client().post('/api/auth/login', { email, password: `wrong-${i}` });
      }
      expect(
        (await b.client().post('/api/auth/login', { email, password: 'correct horse battery staple' }))
          .status,
      ).toBe(429);
    });
  },
);
