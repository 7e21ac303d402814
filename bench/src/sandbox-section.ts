import { type HostUnderTest, sandboxWorkerPids, timedCheck } from './host-under-test.js';
import { rssMb } from './processes.js';
import { startBareServer } from './raw-server.js';
import type { Figure } from './report.js';
import { FAST_KEY } from './simulator.js';

const LATER_CHECKS = 50;

/**
 * On a host that has not verified anything yet: the first connect check after `/api/ready`, which
 * starts Stripe's sandbox worker and imports the connector in it, next to the p50 of the checks
 * after it; then the worker's resident memory next to the host's and a bare node:http process's.
 */
export async function sandboxSection(target: HostUnderTest): Promise<Figure[]> {
  if (sandboxWorkerPids(target).length > 0)
    throw new Error('the sandbox section needs a host whose sandbox has not started a worker yet');
  const first = await timedCheck(target, FAST_KEY);
  if (!first.ok) throw new Error('the first check did not succeed');
  const workers = sandboxWorkerPids(target);
  const workerRss = rssMb(workers[0]!);
  const hostRss = rssMb(target.host.child.pid!);
  const later: number[] = [];
  for (let i = 0; i < LATER_CHECKS; i++) later.push((await timedCheck(target, FAST_KEY)).ms);
  later.sort((a, b) => a - b);
  const laterP50 = later[Math.floor(later.length / 2)]!;
  const bare = await startBareServer();
  const bareRss = rssMb(bare.child.pid!);
  await bare.stop();
  const section = "sandbox: Stripe's worker";
  return [
    {
      section,
      name: 'first check after /api/ready (starts the worker, imports the connector)',
      value: first.ms,
      unit: 'ms',
      ratio: first.ms / bare.startMs,
    },
    { section, name: `later checks, p50 of ${LATER_CHECKS} (one caller)`, value: laterP50, unit: 'ms' },
    { section, name: 'first ÷ later p50', value: first.ms / laterP50, unit: '×' },
    { section, name: 'floor: bare node:http spawn to first 200', value: bare.startMs, unit: 'ms' },
    { section, name: 'worker processes after the first check', value: workers.length, unit: '' },
    {
      section,
      name: 'worker RSS after loading Stripe and one verify',
      value: workerRss,
      unit: 'MB',
      ratio: workerRss / bareRss,
    },
    { section, name: "host's own RSS, same moment", value: hostRss, unit: 'MB' },
    { section, name: 'floor: bare node:http RSS', value: bareRss, unit: 'MB' },
  ];
}
