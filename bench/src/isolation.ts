import { burstOfChecks } from './burst.js';
import { readLoopDelay, resetLoopDelay } from './host-probe.js';
import { type HostUnderTest, stripeBody, timedCheck } from './host-under-test.js';
import { load } from './load.js';
import { cpuMs } from './processes.js';
import { CLIENT_HEADERS } from './raw-server.js';
import type { Figure } from './report.js';
import { DIRECTORY_QUERIES } from './sections.js';
import { FAST_KEY, SLOW_DELAY_MS, SLOW_KEY } from './simulator.js';

const BURST = 500;

/**
 * 500 verifies on a provider that answers after 2 s, sent at once from another process, while
 * the directory is under load: the directory's p99 from the moment the burst starts until the
 * first answers are due (arrival and waiting), next to its p99 over as long a span without them;
 * how the host answered the 500 (admission sheds what its line cannot hold); and the longest a
 * health probe waited.
 */
export async function isolation(target: HostUnderTest): Promise<Figure[]> {
  const { host } = target;
  const directory = `${host.origin}${DIRECTORY_QUERIES.full}`;
  const span = (SLOW_DELAY_MS - 200) / 1000;
  // A check and a directory load first, so that neither span holds starting Stripe's worker or
  // compiling the directory's code: without them, the span without verifies would be the slower.
  await timedCheck(target, FAST_KEY);
  const directoryLoad = () =>
    load({ url: directory, connections: 50, durationSeconds: span, headers: CLIENT_HEADERS });
  await directoryLoad();
  const pid = host.child.pid!;
  await resetLoopDelay(host.child);
  let cpuBefore = cpuMs(pid);
  const quiet = await directoryLoad();
  const quietCpu = cpuMs(pid) - cpuBefore;
  const quietLoop = await readLoopDelay(host.child);
  await resetLoopDelay(host.child);
  cpuBefore = cpuMs(pid);
  const started = performance.now();
  const burst = burstOfChecks(
    { origin: host.origin, orgId: target.orgId, apiKey: target.apiKey },
    stripeBody(SLOW_KEY),
    BURST,
  );
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
  const loaded = await directoryLoad();
  const loadedCpu = cpuMs(pid) - cpuBefore;
  const loadedLoop = await readLoopDelay(host.child);
  const { waiting } = await target.simulator.stats();
  const arrivedMs = performance.now() - started;
  probing = false;
  await probe;
  const answered = await burst;
  probes.sort((a, b) => a - b);
  const section = `isolation: ${BURST} verifies on a 2 s provider`;
  const of = `of ${BURST}`;
  return [
    {
      section,
      name: 'directory p99 while the verifies arrive and wait',
      value: loaded.p99,
      unit: 'ms',
      ratio: (loaded.p99 + 1) / (quiet.p99 + 1),
    },
    { section, name: 'directory p99 without slow verifies', value: quiet.p99, unit: 'ms' },
    {
      section,
      name: 'directory p99 with ÷ without the verifies',
      value: loaded.p99 / Math.max(quiet.p99, 1),
      unit: '×',
      target: { op: '<=', value: 1.5 },
    },
    {
      section,
      name: 'directory requests/s while the verifies arrive and wait',
      value: loaded.rps,
      unit: 'req/s',
      ratio: quiet.rps / Math.max(loaded.rps, 1),
    },
    { section, name: 'directory requests/s without slow verifies', value: quiet.rps, unit: 'req/s' },
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
      name: "host process's CPU time while the verifies arrive and wait",
      value: loadedCpu,
      unit: 'ms',
      ratio: loadedCpu / Math.max(quietCpu, 10),
    },
    { section, name: "host process's CPU time, as long a span without them", value: quietCpu, unit: 'ms' },
    {
      section,
      name: 'health probe from the load generator, longest wait',
      value: probes.at(-1) ?? Number.NaN,
      unit: 'ms',
    },
    {
      section,
      name: `verifies held by the provider after ${Math.round(arrivedMs)} ms`,
      value: waiting,
      unit: of,
    },
    ...Object.entries(answered.answers)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, count]): Figure => ({ section, name: `answered ${kind}`, value: count, unit: of })),
    {
      section,
      name: 'last answer, after (queued verifies wait for a slot)',
      value: answered.slowestMs,
      unit: 'ms',
    },
  ];
}
