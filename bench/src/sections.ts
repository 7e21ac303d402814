import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchContext, type HostUnderTest, stripeBody } from './host-under-test.js';
import { interleavedLatency, type Latency, load, request } from './load.js';
import { freePort, rssMb, startNodeServer, waitFor200 } from './processes.js';
import { CLIENT_HEADERS, recordAnswers, startBareServer, writeRawServer } from './raw-server.js';
import type { Figure } from './report.js';
import { FAST_KEY, STRIPE_PATHS } from './simulator.js';

/** The directory queries measured, by name; `full` is the one with a target. */
export const DIRECTORY_QUERIES: Record<string, string> = {
  full: '/api/providers?limit=1000',
  'ready, payout to cards in UAH': '/api/providers?status=ready&payoutMethod=bank_card&currency=UAH',
  'text "pay"': '/api/providers?q=pay&limit=1000',
  'cards in Ukraine': '/api/providers?paymentMethod=payment_card&country=UA&limit=1000',
};

/** Host start to first 200, and RSS after start, next to a bare node:http server. */
export async function hostStart(context: BenchContext): Promise<Figure[]> {
  const bare = await startBareServer();
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
          ...(name === 'full' ? { target: { op: '>=' as const, value: 0.5 } } : {}),
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

/**
 * POST /connections with an API key against a simulator that answers at once; one caller also
 * sends the check of the same credentials (verify and discover, nothing stored), to tell the
 * provider calls' cost from the storage's.
 */
export async function connectPath(
  context: BenchContext,
  label: string,
  target: HostUnderTest,
): Promise<Figure[]> {
  const bare = await load({
    url: target.simulatorOrigin + STRIPE_PATHS.balance,
    connections: 10,
    durationSeconds: context.durationSeconds,
    headers: { authorization: `Bearer ${FAST_KEY}` },
  });
  const connectBody = stripeBody(FAST_KEY);
  const measured = await load({
    url: `${target.host.origin}/api/orgs/${target.orgId}/connections`,
    method: 'POST',
    connections: 10,
    durationSeconds: context.durationSeconds,
    headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json' },
    body: connectBody,
  });
  const host = `${target.host.origin}/api/orgs/${target.orgId}/connections`;
  const asMerchant = {
    method: 'POST',
    headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json' },
    body: connectBody,
  };
  const asHost = { headers: { authorization: `Bearer ${FAST_KEY}` } };
  const simulator = (path: string) => request(target.simulatorOrigin + path, asHost);
  // The floor: the provider calls of a Stripe check made directly, in the connector's order.
  const providerCalls = async () => {
    await simulator(STRIPE_PATHS.balance)();
    await Promise.all([simulator(STRIPE_PATHS.configurations)(), simulator(STRIPE_PATHS.account)()]);
  };
  const [bareOne, hostOne, checkOne] = (await interleavedLatency(
    [providerCalls, request(host, asMerchant), request(`${host}/check`, asMerchant)],
    300,
  )) as [Latency, Latency, Latency];
  const listed = await fetch(`${target.host.origin}/api/orgs/${target.orgId}/connections`, {
    headers: { authorization: `Bearer ${target.apiKey}` },
  });
  const { items } = (await listed.json()) as { items: unknown[] };
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
    {
      section,
      name: 'bare simulator requests/s, balance reads (10 connections)',
      value: bare.rps,
      unit: 'req/s',
    },
    { section, name: 'one caller: connect p50', value: hostOne.p50, unit: 'ms' },
    { section, name: 'one caller: connect p99', value: hostOne.p99, unit: 'ms' },
    {
      section,
      name: 'one caller: the same provider calls made directly p50',
      value: bareOne.p50,
      unit: 'ms',
    },
    // The same provider calls without the encryption and the stored row: what connect adds is storage.
    { section, name: 'one caller: check p50 (same calls, nothing stored)', value: checkOne.p50, unit: 'ms' },
    {
      section,
      name: 'overhead p50 (one caller, connect − the same provider calls)',
      value: hostOne.p50 - bareOne.p50,
      unit: 'ms',
      target: { op: '<', value: 3 },
      ratio: hostOne.p50 / bareOne.p50,
    },
  ];
  // Each connect above stored a connection in the one organisation; connecting looks for the same
  // account among them, so the figures depend on how many there are.
  figures.push({
    section,
    name: 'connections the organisation holds at the end',
    value: items.length,
    unit: '',
  });
  const failed = measured.errors + measured.non2xx;
  if (failed > 0) figures.push({ section, name: 'failed requests', value: failed, unit: '' });
  return figures;
}
