import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyring, parseMasterKeys } from '../src/crypto/keyring.js';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open.js';
import { type ChildHost, masterKeysValue, spawnHost } from './support/child-host.js';
import type { Json } from './support/client.js';
import { type CountingProvider, startCountingProvider } from './support/counting-provider.js';
import {
  POSTGRES_SKIP_REASON,
  postgresDatabase,
  TEST_DATABASE_URL,
  type TestDatabase,
} from './support/databases.js';
import { dueKey, insertDueConnections } from './support/due-connections.js';
import { eventually } from './support/eventually.js';
import { fixtureOrigin, writeFixtureConnectors } from './support/fixture-connectors.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

if (!TEST_DATABASE_URL) console.info(`scheduled checks across hosts: ${POSTGRES_SKIP_REASON}`);

const DUE = 1_000;
const WORKERS = 8;

describe.skipIf(!TEST_DATABASE_URL)('checks and webhooks shared by two hosts through PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-jobs-'));
  const keys = masterKeysValue('jobs');
  let database: TestDatabase;
  let db: Database;
  let provider: CountingProvider;
  let a: ChildHost;
  let b: ChildHost;

  /** Connections whose last check is at or after `since`, and how many are still claimed. */
  const checkedSince = async (since: string) =>
    db.get<{ checked: number; claimed: number }>(
      `SELECT CAST(SUM(CASE WHEN last_verified_at >= ? THEN 1 ELSE 0 END) AS INTEGER) AS checked,
         CAST(SUM(CASE WHEN check_job IS NOT NULL THEN 1 ELSE 0 END) AS INTEGER) AS claimed
       FROM connections WHERE label LIKE 'due %'`,
      [since],
    );

  beforeAll(async () => {
    writeFixtureConnectors(join(dir, 'connectors'), ['good']);
    provider = await startCountingProvider();
    database = await postgresDatabase();
    db = await openDatabase(database.config);
    const parsed = parseMasterKeys(keys);
    if (!parsed.ok) throw new Error(parsed.error);
    await insertDueConnections(db, createKeyring(parsed.keys), DUE);
    const env = {
      DATABASE_URL: database.url,
      PAYCORE_MASTER_KEYS: keys,
      PAYCORE_CONNECTOR_PATHS: join(dir, 'connectors'),
      PAYCORE_EGRESS_OVERRIDES: JSON.stringify({ [fixtureOrigin('good')]: provider.origin }),
      // One cycle per test: a checked connection is not due again before the file ends.
      PAYCORE_CHECK_INTERVAL: '1h',
      PAYCORE_WORKERS: String(WORKERS),
      // The default limit: on a loaded machine a 1 s limit stopped healthy checks (time_limit) and
      // they were recorded without reaching the provider; this file is about claiming, not limits.
      PAYCORE_VERIFY_TIMEOUT_MS: '10000',
      PAYCORE_WEBHOOKS_ALLOW_PRIVATE: '1',
      PAYCORE_WEBHOOK_RETRY_BASE: '200ms',
    };
    [a, b] = await Promise.all([
      spawnHost({ ...env, PAYCORE_DATA_DIR: join(dir, 'a') }),
      spawnHost({ ...env, PAYCORE_DATA_DIR: join(dir, 'b') }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await a?.stop('SIGKILL');
    await b?.stop();
    await db?.close();
    await database?.drop();
    await provider?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`checks ${DUE} due connections exactly once in a cycle, counted at the provider`, async () => {
    const started = new Date(Date.now() - 60_000).toISOString();
    await eventually(
      'every due connection checked',
      async () => ((await checkedSince(started))?.checked === DUE ? true : undefined),
      60_000,
    );
    expect(provider.counts.size).toBe(DUE);
    expect(Math.max(...provider.counts.values())).toBe(1);
    expect(provider.counts.get(dueKey(DUE - 1))).toBe(1);
    expect(provider.maxInFlightPerKey).toBe(1);
    const schedule = await db.get<{ claimed: number; soonest: string }>(
      "SELECT CAST(COUNT(check_job) AS INTEGER) AS claimed, MIN(next_check_at) AS soonest FROM connections WHERE label LIKE 'due %'",
    );
    expect(schedule!.claimed).toBe(0);
    expect(Date.parse(schedule!.soonest) - Date.now()).toBeGreaterThan(50 * 60_000);
  }, 90_000);

  it('delivers every event to a receiver that was down for a while: signed, in order per connection', async () => {
    const receiver: WebhookReceiver = await startWebhookReceiver();
    await receiver.close();
    const onA = a.client();
    const { orgId } = await onA.signup();
    const onB = b.client();
    onB.cookie = onA.cookie;
    const webhook = await onB.post(`/api/orgs/${orgId}/webhooks`, {
      url: receiver.url,
      events: ['connection.created', 'connection.updated', 'connection.deleted'],
    });
    expect(webhook.status).toBe(201);
    receiver.secret = webhook.body.secret;
    const connections: string[] = [];
    for (const [i, host] of [onA, onB, onA].entries()) {
      const created = await host.post(`/api/orgs/${orgId}/connections`, {
        providerId: 'fx-good',
        environment: 'sandbox',
        label: `hooked ${i}`,
        credentials: { apiKey: `key_HookedConnectionKey${i}` },
      });
      expect(created.status).toBe(201);
      connections.push(created.body.id);
    }
    for (const id of connections) {
      // Alternate hosts, so each connection's events are written by both.
      await onB.patch(`/api/orgs/${orgId}/connections/${id}`, { label: 'renamed once' });
      await onA.patch(`/api/orgs/${orgId}/connections/${id}`, { label: 'renamed twice' });
      expect((await onB.delete(`/api/orgs/${orgId}/connections/${id}`)).status).toBe(204);
    }
    // Attempts fail while nothing listens, and are retried; the log says why.
    const failing = await eventually('three failed attempts in the log', async () => {
      const items: Json[] = (
        await onA.get(`/api/orgs/${orgId}/webhooks/${webhook.body.webhook.id}/deliveries`)
      ).body.items;
      return items.find((d) => d.attempts.length >= 3);
    });
    expect(failing.state).toBe('pending');
    expect(failing.attempts[0].error).toMatch(/ECONNREFUSED/);
    await receiver.listen();
    await eventually(
      'all twelve events',
      () => (new Set(receiver.received.map((r) => r.event.id)).size === 12 ? true : undefined),
      30_000,
    );
    await receiver.close();
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const firstOf = new Map<string, Json>();
    for (const r of receiver.received) {
      const seen = firstOf.get(r.event.id);
      if (seen) expect(r.event, 'a repeat is the same event').toEqual(seen);
      else firstOf.set(r.event.id, r.event);
    }
    for (const id of connections) {
      const types = [...firstOf.values()]
        .filter((event) => event.data.connection.id === id)
        .map((event) => event.type);
      expect(types, id).toEqual([
        'connection.created',
        'connection.updated',
        'connection.updated',
        'connection.deleted',
      ]);
    }
  }, 60_000);

  it('still checks every connection when one host is killed mid-cycle, never one twice at once', async () => {
    provider.reset();
    provider.delayMs = 40;
    const cycle = new Date().toISOString();
    await db.run("UPDATE connections SET next_check_at = ? WHERE label LIKE 'due %'", [cycle]);
    await eventually('the cycle under way', () => (provider.total >= DUE / 5 ? true : undefined));
    await a.stop('SIGKILL');
    const killedAt = provider.total;
    expect(killedAt).toBeLessThan(DUE);
    await eventually(
      'every connection checked after the kill',
      async () => {
        const state = await checkedSince(cycle);
        return state?.checked === DUE && state.claimed === 0 ? true : undefined;
      },
      60_000,
    );
    expect(provider.counts.size).toBe(DUE);
    // Only checks in flight on the killed host can have reached the provider and be run again.
    expect(provider.total - DUE).toBeLessThanOrEqual(WORKERS);
    expect(provider.maxInFlightPerKey).toBe(1);
    console.info(`killed after ${killedAt} of ${DUE} checks; ${provider.total - DUE} checked again`);
  }, 90_000);
});
