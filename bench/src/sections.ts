import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostClient } from './api.js';
import { interleavedLatency, type Latency, load } from './load.js';
import { freePort, rssMb, type StartedServer, startNodeServer, waitFor200 } from './processes.js';
import { CLIENT_HEADERS, recordAnswers, writeRawServer } from './raw-server.js';
import type { Figure } from './report.js';
import { burstOfChecks } from './burst.js';
import { PROBE_ARGS, PROBE_ENV, readLoopDelay, resetLoopDelay } from './host-probe.js';
import { FAST_KEY, type Simulator, SLOW_DELAY_MS, SLOW_KEY, startStripeSimulator } from './simulator.js';

/** Where things are and how long each load runs. */
export interface BenchContext {
  hostScript: string;
  durationSeconds: number;
}

/** A running host with a merchant, its API key, and the Stripe simulator behind its egress override. */
export interface HostUnderTest {
  host: StartedServer;
  orgId: string;
  apiKey: string;
  simulatorOrigin: string;
  simulator: Simulator;
  stop(): Promise<void>;
}

export const DIRECTORY_QUERIES: Record<string, string> = {
  full: '/api/providers?limit=1000',
  'ready, payout to cards in UAH': '/api/providers?status=ready&payoutMethod=bank_card&currency=UAH',
  'text "pay"': '/api/providers?q=pay&limit=1000',
  'cards in Ukraine': '/api/providers?paymentMethod=payment_card&country=UA&limit=1000',
};

/** Starts the built host on a free port with a fresh data folder, a Stripe simulator and a merchant. */
export async function startHostUnderTest(
  context: BenchContext,
  env: Record<string, string> = {},
): Promise<HostUnderTest> {
  const simulator = await startStripeSimulator();
  const dataDir = mkdtempSync(join(tmpdir(), 'paycore-bench-data-'));
  const host = await startNodeServer(
    context.hostScript,
    {
      PAYCORE_DATA_DIR: dataDir,
      PAYCORE_EGRESS_OVERRIDES: JSON.stringify({ 'https://api.stripe.com': simulator.origin }),
      [PROBE_ENV]: '1',
      ...env,
    },
    '/api/health',
    await freePort(),
    { nodeArgs: PROBE_ARGS, ipc: true },
  );
  await waitFor200(host.origin, '/api/ready');
  const { orgId, apiKey } = await new HostClient(host.origin).merchant();
  return {
    host,
    orgId,
    apiKey,
    simulatorOrigin: simulator.origin,
    simulator,
    stop: async () => {
      await host.stop();
      await simulator.close();
    },
  };
}

/** Host start to first 200, and RSS after start, next to a bare node:http server. */
export async function hostStart(context: BenchContext): Promise<Figure[]> {
  const health = {
    '/api/health': {
      status: 200,
      headers: {},
      bodyBase64: Buffer.from('{"status":"ok"}').toString('base64'),
    },
  };
  const bare = await startNodeServer(
    writeRawServer(mkdtempSync(join(tmpdir(), 'paycore-bench-raw-')), health),
    {},
    '/api/health',
    await freePort(),
  );
  const bareRss = rssMb(bare.child.pid!);
  await bare.stop();
  const dataDir = mkdtempSync(join(tmpdir(), 'paycore-bench-data-'));
  const spawned = performance.now();
  const host = await startNodeServer(
    context.hostScript,
    { PAYCORE_DATA_DIR: dataDir },
    '/api/health',
    await freePort(),
  );
  const healthRss = rssMb(host.child.pid!);
  // /api/health answers while express, the database and the registry load; /api/ready when done.
  await waitFor200(host.origin, '/api/ready');
  const readyMs = performance.now() - spawned;
  const rss = rssMb(host.child.pid!);
  await host.stop();
  const section = 'host start';
  return [
    {
      section,
      name: 'spawn to first 200 /api/health',
      value: host.startMs,
      unit: 'ms',
      target: { op: '<', value: 1000 },
      ratio: host.startMs / bare.startMs,
    },
    {
      section,
      name: 'spawn to first 200 /api/ready (fully loaded)',
      value: readyMs,
      unit: 'ms',
      ratio: readyMs / bare.startMs,
    },
    { section, name: 'RSS at first /api/health', value: healthRss, unit: 'MB' },
    {
      section,
      name: 'RSS when ready',
      value: rss,
      unit: 'MB',
      target: { op: '<', value: 150 },
      ratio: rss / bareRss,
    },
    { section, name: 'floor: bare node:http to first 200', value: bare.startMs, unit: 'ms' },
    { section, name: 'floor: bare node:http RSS', value: bareRss, unit: 'MB' },
  ];
}

/** The directory under load, next to a raw node:http server answering the identical bytes. */
export async function directoryThroughput(context: BenchContext, target: HostUnderTest): Promise<Figure[]> {
  const { host } = target;
  const paths = Object.values(DIRECTORY_QUERIES);
  const answers = await recordAnswers(host.origin, [...paths, '/api/health']);
  const raw = await startNodeServer(
    writeRawServer(mkdtempSync(join(tmpdir(), 'paycore-bench-raw-')), answers),
    {},
    '/api/health',
    await freePort(),
  );
  const figures: Figure[] = [];
  try {
    for (const [name, path] of Object.entries(DIRECTORY_QUERIES)) {
      const bytes = Buffer.from(answers[path]!.bodyBase64, 'base64').length;
      const run = (origin: string) =>
        load({
          url: origin + path,
          connections: 50,
          durationSeconds: context.durationSeconds,
          headers: CLIENT_HEADERS,
        });
      const floor = await run(raw.origin);
      const measured = await run(host.origin);
      const encoding = answers[path]!.headers['content-encoding'] ?? 'identity';
      const section = `directory: ${name} (${Math.round(bytes / 1024)} kB ${encoding})`;
      figures.push(
        {
          section,
          name: 'host requests/s',
          value: measured.rps,
          unit: 'req/s',
          ratio: floor.rps / Math.max(measured.rps, 1),
        },
        { section, name: 'raw node:http requests/s', value: floor.rps, unit: 'req/s' },
        {
          section,
          name: 'host / raw',
          value: measured.rps / Math.max(floor.rps, 1),
          unit: '×',
          ...(name === 'full' ? { target: { op: '>=' as const, value: 0.8 } } : {}),
        },
        {
          section,
          name: 'host p99',
          value: measured.p99,
          unit: 'ms',
          target: { op: '<', value: 20 },
          ratio: (measured.p99 + 1) / (floor.p99 + 1),
        },
        { section, name: 'raw p99', value: floor.p99, unit: 'ms' },
      );
      const failed = measured.errors + measured.non2xx;
      if (failed > 0) figures.push({ section, name: 'failed requests', value: failed, unit: '' });
    }
  } finally {
    await raw.stop();
  }
  return figures;
}

/** POST /connections with an API key against a simulator that answers at once. */
export async function connectPath(
  context: BenchContext,
  label: string,
  target: HostUnderTest,
): Promise<Figure[]> {
  const bare = await load({
    url: `${target.simulatorOrigin}/v1/balance`,
    connections: 10,
    durationSeconds: context.durationSeconds,
    headers: { authorization: `Bearer ${FAST_KEY}` },
  });
  const connectBody = JSON.stringify({
    providerId: 'stripe',
    environment: 'sandbox',
    credentials: { secretKey: FAST_KEY },
  });
  const measured = await load({
    url: `${target.host.origin}/api/orgs/${target.orgId}/connections`,
    method: 'POST',
    connections: 10,
    durationSeconds: context.durationSeconds,
    headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json' },
    body: connectBody,
  });
  const [bareOne, hostOne] = (await interleavedLatency(
    [
      {
        url: `${target.simulatorOrigin}/v1/balance`,
        init: { headers: { authorization: `Bearer ${FAST_KEY}` } },
      },
      {
        url: `${target.host.origin}/api/orgs/${target.orgId}/connections`,
        init: {
          method: 'POST',
          headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json' },
          body: connectBody,
        },
      },
    ],
    300,
  )) as [Latency, Latency];
  const section = `connect path (${label})`;
  const figures: Figure[] = [
    {
      section,
      name: 'requests/s (10 connections)',
      value: measured.rps,
      unit: 'req/s',
      ratio: bare.rps / Math.max(measured.rps, 1),
    },
    { section, name: 'p50 (10 connections)', value: measured.p50, unit: 'ms' },
    { section, name: 'p99 (10 connections)', value: measured.p99, unit: 'ms' },
    { section, name: 'bare simulator requests/s (10 connections)', value: bare.rps, unit: 'req/s' },
    { section, name: 'one caller: connect p50', value: hostOne.p50, unit: 'ms' },
    { section, name: 'one caller: connect p99', value: hostOne.p99, unit: 'ms' },
    { section, name: 'one caller: bare simulator p50', value: bareOne.p50, unit: 'ms' },
    {
      section,
      name: 'overhead p50 (one caller, connect − bare simulator)',
      value: hostOne.p50 - bareOne.p50,
      unit: 'ms',
      target: { op: '<', value: 5 },
      ratio: hostOne.p50 / bareOne.p50,
    },
  ];
  const failed = measured.errors + measured.non2xx;
  if (failed > 0) figures.push({ section, name: 'failed requests', value: failed, unit: '' });
  return figures;
}

/**
 * 500 verifies on a provider that answers after 2 s, sent at once from another process, while
 * the directory is under load: the directory's p99 from the moment the burst starts until the
 * first answers are due (arrival and waiting), and the longest a health probe waited.
 */
export async function isolation(target: HostUnderTest): Promise<Figure[]> {
  const { host } = target;
  const directory = `${host.origin}${DIRECTORY_QUERIES.full}`;
  await resetLoopDelay(host.child);
  const quiet = await load({
    url: directory,
    connections: 50,
    durationSeconds: 1.5,
    headers: CLIENT_HEADERS,
  });
  const quietLoop = await readLoopDelay(host.child);
  const body = JSON.stringify({
    providerId: 'stripe',
    environment: 'sandbox',
    credentials: { secretKey: SLOW_KEY },
  });
  await resetLoopDelay(host.child);
  const started = performance.now();
  const burst = burstOfChecks({ origin: host.origin, orgId: target.orgId, apiKey: target.apiKey }, body, 500);
  const probes: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const sent = performance.now();
      await (await fetch(`${host.origin}/api/health`)).arrayBuffer();
      probes.push(performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  // Until the first answers are due: the verifies arrive, then wait on the provider.
  const loaded = await load({
    url: directory,
    connections: 50,
    durationSeconds: (SLOW_DELAY_MS - 200) / 1000,
    headers: CLIENT_HEADERS,
  });
  const loadedLoop = await readLoopDelay(host.child);
  const waitingAtEnd = await target.simulator.waiting();
  const arrivedMs = performance.now() - started;
  probing = false;
  await probe;
  const { ok } = await burst;
  probes.sort((a, b) => a - b);
  const section = 'isolation: 500 verifies on a 2 s provider';
  return [
    {
      section,
      name: 'directory p99 while the verifies arrive and wait',
      value: loaded.p99,
      unit: 'ms',
      target: { op: '<', value: 50 },
      ratio: (loaded.p99 + 1) / (quiet.p99 + 1),
    },
    { section, name: 'directory p99 without slow verifies', value: quiet.p99, unit: 'ms' },
    {
      section,
      name: 'directory requests/s while the verifies arrive and wait',
      value: loaded.rps,
      unit: 'req/s',
    },
    {
      section,
      name: "host's own event-loop delay p99 while the verifies arrive and wait",
      value: loadedLoop.p99,
      unit: 'ms',
      ratio: (loadedLoop.p99 + 1) / (quietLoop.p99 + 1),
    },
    { section, name: "host's own event-loop delay, longest, same span", value: loadedLoop.max, unit: 'ms' },
    {
      section,
      name: "host's own event-loop delay p99 without slow verifies",
      value: quietLoop.p99,
      unit: 'ms',
    },
    {
      section,
      name: 'health probe from the load generator, longest wait',
      value: probes.at(-1) ?? Number.NaN,
      unit: 'ms',
    },
    {
      section,
      name: `verifies held by the provider after ${Math.round(arrivedMs)} ms`,
      value: waitingAtEnd,
      unit: 'of 500',
    },
    { section, name: 'verifies answered ok', value: ok, unit: 'of 500' },
  ];
}
