import type { ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** A process's own event-loop delay over a span, in ms. */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** Set in a child's environment, with `--import` of this module, to measure its event loop. */
export const LOOP_DELAY_ENV = 'PAYCORE_BENCH_LOOP_DELAY';

/** The node arguments that load the probe into a child process. */
export const LOOP_DELAY_ARGS = ['--import', import.meta.url];

type Message = { loopDelay: 'reset' | 'read' };

/**
 * Inside the measured process: samples the event loop every millisecond and answers the parent
 * over IPC — `reset` starts a span, `read` reports it. Measured from inside, the figure holds
 * only the process's own stalls, not the load generator's.
 */
function install(): void {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // The IPC channel must not keep the process alive on its own.
  process.channel?.unref();
  process.on('message', (message: Message) => {
    if (message?.loopDelay === 'reset') {
      histogram.reset();
      process.send?.({ loopDelay: 'reset' });
    } else if (message?.loopDelay === 'read') {
      const ms = (ns: number) => ns / 1e6;
      process.send?.({
        loopDelay: 'read',
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
      });
    }
  });
}

function ask(child: ChildProcess, op: Message['loopDelay']): Promise<Message & Partial<LoopDelay>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Message & Partial<LoopDelay>) => {
      if (message?.loopDelay !== op) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    if (!child.send({ loopDelay: op })) reject(new Error('the child has no IPC channel'));
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

if (process.env[LOOP_DELAY_ENV] === '1' && process.send) install();
