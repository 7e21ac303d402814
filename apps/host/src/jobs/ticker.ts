import type { Logger } from 'pino';

/** Repeated runs of one task, one at a time, with a pause between them. */
export interface Ticker {
  /** Stops the repeats and waits for a run in progress. */
  stop(): Promise<void>;
}

/** Runs `task` every `everyMs` after the previous run ends; a failed run is logged and the next one comes. */
export function createTicker(everyMs: number, task: () => Promise<unknown>, logger: Logger): Ticker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = (): void => {
    running = task()
      .then(
        () => undefined,
        (error: unknown) => logger.error({ err: error }, 'background sweep failed'),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
