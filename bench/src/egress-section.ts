import { burstOfChecks } from './burst.js';
import { type BenchContext, startHostUnderTest, stripeBody, timedCheck } from './host-under-test.js';
import type { Figure } from './report.js';
import { FAST_KEY, HANG_KEY } from './simulator.js';

const HANGING = 300;
const SOCKETS_PER_ORIGIN = 8;
const TIME_LIMIT_MS = 10_000;

/**
 * 300 connect checks on a provider that never answers, on a host whose admission lets all 300 in
 * and whose egress agent may open 8 sockets per provider origin: the most sockets open at the
 * provider at once, and how long after the verify time limit the answers come.
 */
export async function egressSection(context: BenchContext): Promise<Figure[]> {
  const target = await startHostUnderTest(context, {
    PAYCORE_EGRESS_CONNECTIONS_PER_ORIGIN: String(SOCKETS_PER_ORIGIN),
    PAYCORE_VERIFY_CONCURRENCY: '400',
    PAYCORE_VERIFY_CONCURRENCY_PER_PROVIDER: '400',
    PAYCORE_VERIFY_QUEUE: '400',
    PAYCORE_VERIFY_TIMEOUT_MS: String(TIME_LIMIT_MS),
  });
  try {
    // A check first, so that starting Stripe's worker is not counted against the time limit.
    await timedCheck(target, FAST_KEY);
    const burst = burstOfChecks(
      { origin: target.host.origin, orgId: target.orgId, apiKey: target.apiKey },
      stripeBody(HANG_KEY),
      HANGING,
    );
    let done = false;
    let mostHeld = 0;
    void burst.finally(() => {
      done = true;
    });
    while (!done) {
      mostHeld = Math.max(mostHeld, (await target.simulator.stats()).waiting);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const answered = await burst;
    const { maxSockets, sockets } = await target.simulator.stats();
    const section = `egress: ${HANGING} verifies on a provider that never answers`;
    const of = `of ${HANGING}`;
    return [
      {
        section,
        name: 'most sockets open at the provider at once',
        value: maxSockets,
        unit: 'sockets',
        target: { op: '<=', value: SOCKETS_PER_ORIGIN },
        ratio: maxSockets / SOCKETS_PER_ORIGIN,
      },
      {
        section,
        name: 'configured: PAYCORE_EGRESS_CONNECTIONS_PER_ORIGIN',
        value: SOCKETS_PER_ORIGIN,
        unit: 'sockets',
      },
      { section, name: 'most requests held by the provider at once', value: mostHeld, unit: of },
      {
        section,
        name: 'sockets still open at the provider after the answers',
        value: sockets,
        unit: 'sockets',
      },
      ...Object.entries(answered.answers)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, count]): Figure => ({ section, name: `answered ${kind}`, value: count, unit: of })),
      {
        section,
        name: 'last answer, after the time limit',
        value: answered.slowestMs - TIME_LIMIT_MS,
        unit: 'ms',
        ratio: answered.slowestMs / TIME_LIMIT_MS,
      },
      {
        section,
        name: 'first answer, after the time limit',
        value: answered.fastestMs - TIME_LIMIT_MS,
        unit: 'ms',
      },
      { section, name: 'configured: PAYCORE_VERIFY_TIMEOUT_MS', value: TIME_LIMIT_MS, unit: 'ms' },
    ];
  } finally {
    await target.stop();
  }
}
