/**
 * Hands out event-loop turns a few at a time, so a burst of expensive requests cannot hold the
 * loop for long.
 *
 * Without it, 500 connect checks arriving together are each parsed, authenticated, validated and
 * sent on to the provider in one stretch of the event loop: about a second of CPU during which
 * nothing else — the directory, a health probe — is answered. With it, each turn starts at most
 * {@link TurnOptions.perTurn} of them and then lets pending I/O run, so other requests wait for one
 * batch, not for the whole burst. When the host is idle a request waits for nothing but the
 * next check phase of the loop.
 */
export interface Turns {
  /** Runs `task` in a coming turn, in arrival order. */
  run(task: () => void): void;
  /** Resolves in a coming turn: `await turns.next()` puts the rest of the caller in line. */
  next(): Promise<void>;
  /** Tasks waiting for a turn. */
  readonly waiting: number;
}

/** Options of {@link createTurns}. */
export interface TurnOptions {
  /** Tasks started per turn (default 4). */
  perTurn?: number;
}

export function createTurns(options: TurnOptions = {}): Turns {
  const perTurn = options.perTurn ?? 4;
  const queue: (() => void)[] = [];
  let head = 0;
  let scheduled = false;
  const drain = (): void => {
    scheduled = false;
    const end = Math.min(queue.length, head + perTurn);
    while (head < end) {
      const task = queue[head]!;
      queue[head++] = undefined as never;
      task();
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else {
      schedule();
    }
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  };
  const run = (task: () => void): void => {
    queue.push(task);
    schedule();
  };
  return {
    run,
    next: () => new Promise<void>((resolve) => run(resolve)),
    get waiting() {
      return queue.length - head;
    },
  };
}
