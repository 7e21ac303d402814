import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { HostClient } from './api.js';
import { PROBE_ARGS, PROBE_ENV, readMemory } from './host-probe.js';
import { type BenchContext, stripeBody } from './host-under-test.js';
import { startJobsSimulator } from './jobs-simulator.js';
import { childPids, freePort, type StartedServer, startNodeServer, waitFor200 } from './processes.js';
import type { Figure } from './report.js';
import { FAST_KEY } from './simulator.js';

/** Connections due at once, and how long the provider takes to answer each check. */
const DUE = 10_000;
const PROVIDER_MS = 50;
/** The host's default `PAYCORE_WORKERS`: checks in flight per host. */
const WORKERS = 8;
// /proc reports process times in USER_HZ, which Linux fixes at 100 per second for user space.
const TICKS_PER_SECOND = 100;

/** CPU time of processes (the host and its sandbox workers), in ms, read from /proc. */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process has ended
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

const treeOf = (host: StartedServer) => [host.child.pid!, ...childPids(host.child.pid!)];

/** Runs `task` for each of `count` items, `concurrency` at a time. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/** `count` calls with `concurrency` in flight: the rate the work itself allows, with nothing of PayCore's. */
async function floorRate(count: number, concurrency: number, call: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  await pool(count, concurrency, async () => {
    await (await call()).arrayBuffer();
  });
  return count / ((performance.now() - started) / 1000);
}

/**
 * Scheduled checks and webhook deliveries on PostgreSQL: 10,000 connections made due at once
 * against a provider answering in 50 ms, on one host and then two sharing the database; then
 * the provider goes down, so every check degrades its connection and sends a webhook.
 */
export async function jobsSection(context: BenchContext, databaseUrl: string): Promise<Figure[]> {
  const simulator = await startJobsSimulator();
  const db = new pg.Client({ connectionString: databaseUrl });
  // A lost connection fails the next query, which ends the section through its finally; the
  // event alone must not end the process first and leave the hosts and the simulator behind.
  db.on('error', () => undefined);
  await db.connect();
  const hosts: StartedServer[] = [];
  const env = {
    DATABASE_URL: databaseUrl,
    PAYCORE_MASTER_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    PAYCORE_EGRESS_OVERRIDES: JSON.stringify({ 'https://api.stripe.com': simulator.origin }),
    PAYCORE_WEBHOOKS_ALLOW_PRIVATE: '1',
    [PROBE_ENV]: '1',
  };
  const start = async () => {
    const host = await startNodeServer(
      context.hostScript,
      { ...env, PAYCORE_DATA_DIR: mkdtempSync(join(tmpdir(), 'paycore-bench-jobs-')) },
      '/api/health',
      await freePort(),
      { nodeArgs: PROBE_ARGS, ipc: true },
    );
    await waitFor200(host.origin, '/api/ready');
    hosts.push(host);
    return host;
  };
  try {
    const a = await start();
    const client = new HostClient(a.origin);
    const { orgId, apiKey } = await client.merchant();
    await simulator.reset({ delayMs: 0, down: false });
    await pool(DUE, 32, async () => {
      const response = await fetch(`${a.origin}/api/orgs/${orgId}/connections`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: stripeBody(FAST_KEY),
      });
      if (response.status !== 201) throw new Error(`connect answered ${response.status}`);
      await response.arrayBuffer();
    });

    /** Makes every connection due now and waits until each has been checked; rate and CPU per check. */
    const cycle = async (on: StartedServer[], mode: { delayMs: number; down: boolean }) => {
      await simulator.reset(mode);
      const cpuBefore = cpuMs(on.flatMap(treeOf));
      const since = new Date().toISOString();
      const started = performance.now();
      await db.query('UPDATE connections SET next_check_at = $1 WHERE deleted_at IS NULL', [since]);
      for (;;) {
        const { rows } = await db.query(
          'SELECT COUNT(*)::int AS n FROM connections WHERE last_verified_at >= $1 AND check_job IS NULL',
          [since],
        );
        if (rows[0].n >= DUE) break;
        if (performance.now() - started > 600_000)
          throw new Error(`only ${rows[0].n} of ${DUE} checked in 10 min`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const seconds = (performance.now() - started) / 1000;
      const { checks } = await simulator.stats();
      return {
        rate: DUE / seconds,
        cpuPerCheck: (cpuMs(on.flatMap(treeOf)) - cpuBefore) / DUE,
        calls: checks / DUE,
      };
    };

    const memoryBefore = await readMemory(a.child);
    const one = await cycle([a], { delayMs: PROVIDER_MS, down: false });
    const memoryAfterChecks = await readMemory(a.child);
    const b = await start();
    const two = await cycle([a, b], { delayMs: PROVIDER_MS, down: false });
    const balance = () =>
      fetch(`${simulator.origin}/v1/balance`, { headers: { authorization: `Bearer ${FAST_KEY}` } });
    const floorOne = await floorRate(2_000, WORKERS, balance);
    const floorTwo = await floorRate(2_000, 2 * WORKERS, balance);

    // Every check now degrades its connection: one connection.degraded webhook each.
    await client.json('POST', `/api/orgs/${orgId}/webhooks`, {
      url: simulator.hookUrl,
      events: ['connection.degraded'],
    });
    await cycle([a, b], { delayMs: 0, down: true });
    for (const started = performance.now(); (await simulator.stats()).deliveries < DUE; ) {
      if (performance.now() - started > 600_000) throw new Error('webhooks not all delivered in 10 min');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const hooks = await simulator.stats();
    const deliveries = DUE / Math.max((hooks.lastDeliveryAt - hooks.firstDeliveryAt) / 1000, 0.001);
    const floorHooks = await floorRate(2_000, 2 * WORKERS, () =>
      fetch(simulator.hookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    const memoryAfter = await readMemory(a.child);

    const section = 'checks and webhooks (PostgreSQL)';
    return [
      {
        section,
        name: `checks/s, one host, ${DUE} due, provider ${PROVIDER_MS} ms, ${WORKERS} workers`,
        value: one.rate,
        unit: '/s',
        ratio: floorOne / Math.max(one.rate, 1),
      },
      { section, name: `floor: ${WORKERS} provider calls in flight`, value: floorOne, unit: '/s' },
      {
        section,
        name: 'checks/s, two hosts',
        value: two.rate,
        unit: '/s',
        ratio: floorTwo / Math.max(two.rate, 1),
      },
      { section, name: `floor: ${2 * WORKERS} provider calls in flight`, value: floorTwo, unit: '/s' },
      {
        section,
        name: 'two hosts / one host',
        value: two.rate / Math.max(one.rate, 1),
        unit: '×',
        target: { op: '>=', value: 1.8 },
      },
      {
        section,
        name: 'provider calls per due connection (one host, two hosts)',
        value: Math.max(one.calls, two.calls),
        unit: '',
        target: { op: '<=', value: 1 },
      },
      {
        section,
        name: 'CPU per check, one host (host + sandbox worker)',
        value: one.cpuPerCheck,
        unit: 'ms',
      },
      { section, name: 'CPU per check, two hosts', value: two.cpuPerCheck, unit: 'ms' },
      {
        section,
        name: 'webhook deliveries/s, two hosts (one connection.degraded per check)',
        value: deliveries,
        unit: '/s',
        ratio: floorHooks / Math.max(deliveries, 1),
      },
      {
        section,
        name: `floor: bare POSTs to the receiver, ${2 * WORKERS} in flight`,
        value: floorHooks,
        unit: '/s',
      },
      {
        section,
        name: 'host heap after GC: start → after checks → after webhooks',
        value: memoryAfter.heapUsedAfterGc - memoryBefore.heapUsedAfterGc,
        unit: 'MB',
        target: { op: '<', value: 10 },
      },
      {
        section,
        name: 'host heap after GC after the one-host cycle, growth',
        value: memoryAfterChecks.heapUsedAfterGc - memoryBefore.heapUsedAfterGc,
        unit: 'MB',
      },
      { section, name: 'host RSS at the end', value: memoryAfter.rss, unit: 'MB' },
    ];
  } finally {
    for (const host of hosts) await host.stop();
    await db.end();
    await simulator.close();
  }
}
