import type { ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** A process's own event-loop delay over a span, in ms. */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** A process's memory, in MB, as it is and after a full garbage collection. */
export interface Memory {
  rss: number;
  heapUsed: number;
  /** Live objects: the heap in use right after a full collection. */
  heapUsedAfterGc: number;
  rssAfterGc: number;
}

/** Set in a child's environment, with {@link PROBE_ARGS}, to measure it from inside. */
export const PROBE_ENV = 'PAYCORE_BENCH_PROBE';

/** The node arguments that load the probe into a child process (and let it collect garbage on request). */
export const PROBE_ARGS = ['--expose-gc', '--import', import.meta.url];

type Op = 'reset' | 'read' | 'memory';
type Message = { probe: Op } & Partial<LoopDelay> & Partial<Memory>;

/**
 * Inside the measured process: samples the event loop every millisecond and answers the parent
 * over IPC — `reset` starts a span, `read` reports it, `memory` reports memory before and after a
 * full collection. Measured from inside, the delay holds only the process's own stalls, not the
 * load generator's.
 */
function install(): void {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // The IPC channel must not keep the process alive on its own.
  process.channel?.unref();
  const mb = (bytes: number) => bytes / 2 ** 20;
  const ms = (ns: number) => ns / 1e6;
  const answer = (op: Op): Message => {
    if (op === 'reset') {
      histogram.reset();
      return { probe: op };
    }
    if (op === 'read') {
      return {
        probe: op,
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
      };
    }
    const before = process.memoryUsage();
    (globalThis as { gc?: () => void }).gc?.();
    const after = process.memoryUsage();
    return {
      probe: op,
      rss: mb(before.rss),
      heapUsed: mb(before.heapUsed),
      heapUsedAfterGc: mb(after.heapUsed),
      rssAfterGc: mb(after.rss),
    };
  };
  process.on('message', (message: Message) => {
    if (message?.probe) process.send?.(answer(message.probe));
  });
}

function ask(child: ChildProcess, op: Op): Promise<Message> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Message) => {
      if (message?.probe !== op) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    if (!child.send({ probe: op })) reject(new Error('the child has no IPC channel'));
  });
}

/** From the parent: starts a span of the child's event-loop delay. */
export async function resetLoopDelay(child: ChildProcess): Promise<void> {
  await ask(child, 'reset');
}

/** From the parent: the child's event-loop delay since the last reset. */
export async function readLoopDelay(child: ChildProcess): Promise<LoopDelay> {
  const { p50, p99, max } = await ask(child, 'read');
  return { p50: p50!, p99: p99!, max: max! };
}

/** From the parent: the child's memory, then again after a full garbage collection. */
export async function readMemory(child: ChildProcess): Promise<Memory> {
  const { rss, heapUsed, heapUsedAfterGc, rssAfterGc } = await ask(child, 'memory');
  return { rss: rss!, heapUsed: heapUsed!, heapUsedAfterGc: heapUsedAfterGc!, rssAfterGc: rssAfterGc! };
}

if (process.env[PROBE_ENV] === '1' && process.send) install();
