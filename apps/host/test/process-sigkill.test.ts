import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open } from '../src/crypto/envelope.js';
import { createKeyring, parseMasterKeys } from '../src/crypto/keyring.js';
import { openDatabase } from '../src/db/open.js';
import { type ChildHost, masterKeysValue, spawnHost } from './support/child-host.js';
import {
  FIXTURE_SECRET,
  fixtureOrigin,
  startAccountSimulator,
  writeFixtureConnectors,
} from './support/fixture-connectors.js';

const CONNECTS = 200;
const KILL_AFTER = 40;

describe('SIGKILL during 200 concurrent connects on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-kill-'));
  const keys = masterKeysValue('kill');
  let simulator: Awaited<ReturnType<typeof startAccountSimulator>>;
  let env: Record<string, string>;
  let host: ChildHost | undefined;

  beforeAll(async () => {
    writeFixtureConnectors(join(dir, 'connectors'), ['good']);
    simulator = await startAccountSimulator();
    env = {
      PAYCORE_DATA_DIR: join(dir, 'data'),
      PAYCORE_MASTER_KEYS: keys,
      PAYCORE_CONNECTOR_PATHS: join(dir, 'connectors'),
      PAYCORE_EGRESS_OVERRIDES: JSON.stringify({ [fixtureOrigin('good')]: simulator.origin }),
    };
  });
  afterAll(async () => {
    await host?.stop('SIGKILL');
    await simulator?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every connection answered 201, decryptable, with no half-written rows', async () => {
    host = await spawnHost(env);
    const owner = host.client();
    const { orgId } = await owner.signup();
    const apiKey = await owner.apiKey(orgId);

    const created: string[] = [];
    let killed = false;
    const attempts = Array.from({ length: CONNECTS }, async (_, i) => {
      try {
        const res = await fetch(`${host!.url}/api/orgs/${orgId}/connections`, {
          method: 'POST',
          headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            providerId: 'fx-good',
            environment: 'sandbox',
            label: `conn ${i}`,
            // The fixture provider answers the same account every time; each is a connection of its own.
            connectAgain: true,
            credentials: { apiKey: FIXTURE_SECRET, merchantId: `m_${i}` },
          }),
        });
        if (res.status === 201) {
          created.push(((await res.json()) as { id: string }).id);
          if (created.length >= KILL_AFTER && !killed) {
            killed = true;
            host!.process.kill('SIGKILL');
          }
        }
      } catch {
        // Requests in flight when the process died fail: that is the point.
      }
    });
    await Promise.all(attempts);
    await host.stop('SIGKILL');
    expect(killed).toBe(true);
    expect(created.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(created.length).toBeLessThan(CONNECTS);
    console.info(`${created.length} of ${CONNECTS} connects were answered 201 before SIGKILL`);

    // Read the file as the crash left it.
    const db = await openDatabase({ kind: 'sqlite', file: join(dir, 'data', 'paycore.sqlite') });
    try {
      expect(await db.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
      const parsed = parseMasterKeys(keys);
      if (!parsed.ok) throw new Error(parsed.error);
      const keyring = createKeyring(parsed.keys);
      const rows = await db.all<{
        id: string;
        org_id: string;
        provider_id: string;
        envelope: string | null;
        created: number;
      }>(
        `SELECT c.id, c.org_id, c.provider_id, k.envelope,
           (SELECT COUNT(*) FROM connection_events e WHERE e.connection_id = c.id AND e.type = 'created') AS created
         FROM connections c LEFT JOIN connection_credentials k ON k.connection_id = c.id`,
      );
      const ids = new Set(rows.map((row) => row.id));
      for (const id of created) expect(ids.has(id), `connection ${id} answered 201`).toBe(true);
      for (const row of rows) {
        expect(row.envelope, `credentials of ${row.id}`).not.toBeNull();
        expect(row.created, `created event of ${row.id}`).toBe(1);
        const plain = open<{ apiKey: string }>(
          keyring,
          { orgId: row.org_id, connectionId: row.id, providerId: row.provider_id },
          row.envelope!,
        );
        expect(plain.apiKey).toBe(FIXTURE_SECRET);
      }
      expect(
        await db.all(
          'SELECT connection_id FROM connection_credentials WHERE connection_id NOT IN (SELECT id FROM connections)',
        ),
      ).toEqual([]);
      expect(
        await db.all(
          'SELECT id FROM connection_events WHERE connection_id NOT IN (SELECT id FROM connections)',
        ),
      ).toEqual([]);
    } finally {
      await db.close();
    }

    // And the restarted host serves them.
    host = await spawnHost(env);
    const bot = host.client();
    bot.bearer = apiKey;
    const list = await bot.get(`/api/orgs/${orgId}/connections`);
    const listed = new Set(list.body.items.map((c: { id: string }) => c.id));
    for (const id of created) expect(listed.has(id)).toBe(true);
    const verified = await bot.post(`/api/orgs/${orgId}/connections/${created[0]}/verify`);
    expect(verified.body.result.ok).toBe(true);
    await host.stop();
  }, 60_000);
});
