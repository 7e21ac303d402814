import { type HookCall, type HookName, PaycoreError, type VerifyContext } from '@paycore/core';
import { readPathsFor } from './read-paths.js';
import { type SandboxWorker, spawnWorker } from './worker.js';

/** A connector whose code the pool can run: its id and the module file to import. */
export interface ConnectorModule {
  id: string;
  /** The package folder (its reads are allowed in the worker). */
  packageDir: string;
  /** The built module to import; `undefined` when the package has none. */
  file: string | undefined;
}

/** Sizes of the worker pool. */
export interface PoolOptions {
  /** Worker processes at most, one connector each (default 4). */
  maxWorkers?: number;
  /** Heap cap per worker in MB (default 128). */
  memoryLimitMb?: number;
  /** A worker without verifies for this long is stopped (default 60 s). */
  idleTimeoutMs?: number;
}

/** Worker processes keyed by connector. */
export interface WorkerPool {
  /**
   * Starts the connector's worker when it has none and waits until its module is imported, at
   * most `timeoutMs`. Rejects with a `connector_fault` (`import_failed`, `network_escape`,
   * `time_limit`); a failed worker is not kept, so the next verify tries a fresh one.
   */
  ready(connector: ConnectorModule, timeoutMs: number): Promise<HookName[]>;
  /** Runs a hook call of the connector in its worker, starting one when needed. */
  run(connector: ConnectorModule, call: HookCall, context: VerifyContext): Promise<unknown>;
  /** Live workers: connector, process id, verifies in flight. */
  workers(): { connectorId: string; pid: number | undefined; busy: number }[];
  close(): Promise<void>;
}

// `ready` has normally waited for the import with the verify's own limit before `run` is called.
const DEFAULT_IMPORT_LIMIT_MS = 10_000;

/**
 * A pool of worker processes, each serving one connector, so one connector's faults (a loop, a
 * crash, a leak) stop only its own verifies. Up to `maxWorkers` live at once; when a connector
 * needs one and the pool is full, the longest idle worker is stopped, or the call waits for one.
 */
export function createWorkerPool(options: PoolOptions = {}): WorkerPool {
  const maxWorkers = options.maxWorkers ?? 4;
  const memoryLimitMb = options.memoryLimitMb ?? 128;
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  const workers = new Map<string, SandboxWorker>();
  const waiters: (() => void)[] = [];
  let closed = false;

  const reaper = setInterval(
    () => {
      for (const worker of workers.values())
        if (worker.busy === 0 && performance.now() - worker.lastUsed > idleTimeoutMs) worker.stop();
    },
    Math.min(idleTimeoutMs, 10_000),
  );
  reaper.unref();

  const start = (connector: ConnectorModule & { file: string }): SandboxWorker => {
    const worker = spawnWorker(connector, { memoryLimitMb, readPaths: readPathsFor(connector.packageDir) });
    workers.set(connector.id, worker);
    worker.onExit(() => {
      if (workers.get(connector.id) === worker) workers.delete(connector.id);
      waiters.shift()?.();
    });
    return worker;
  };

  const workerFor = async (connector: ConnectorModule & { file: string }): Promise<SandboxWorker> => {
    for (;;) {
      if (closed) throw new PaycoreError('overloaded', 'The host is stopping');
      const existing = workers.get(connector.id);
      if (existing?.probing) {
        // It may be stuck in the connector's code: wait to know before sending it more.
        await existing.probing;
        continue;
      }
      if (existing) return existing;
      if (workers.size < maxWorkers) return start(connector);
      const idle = [...workers.values()]
        .filter((worker) => worker.busy === 0)
        .sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (idle) {
        workers.delete(idle.connectorId);
        idle.stop();
        return start(connector);
      }
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };

  const loadedWorker = async (
    connector: ConnectorModule,
    timeoutMs: number,
  ): Promise<{ worker: SandboxWorker; hooks: HookName[] }> => {
    const { file } = connector;
    if (file === undefined)
      throw new PaycoreError('connector_fault', 'it has no built module; build the connector package', {
        fault: 'import_failed',
      });
    const worker = await workerFor({ ...connector, file });
    let timer: NodeJS.Timeout | undefined;
    try {
      const hooks = await Promise.race([
        worker.loaded,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new PaycoreError('connector_fault', `importing it took longer than ${timeoutMs} ms`, {
                  fault: 'time_limit',
                }),
              ),
            timeoutMs,
          );
        }),
      ]);
      return { worker, hooks };
    } catch (error) {
      worker.stop();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async ready(connector, timeoutMs) {
      return (await loadedWorker(connector, timeoutMs)).hooks;
    },
    async run(connector, call, context) {
      const { worker } = await loadedWorker(connector, DEFAULT_IMPORT_LIMIT_MS);
      try {
        return await worker.call(call, context);
      } finally {
        if (worker.busy === 0) waiters.shift()?.();
      }
    },
    workers() {
      return [...workers.values()].map((worker) => ({
        connectorId: worker.connectorId,
        pid: worker.pid,
        busy: worker.busy,
      }));
    },
    async close() {
      closed = true;
      clearInterval(reaper);
      const ended = [...workers.values()].map(
        (worker) => new Promise<void>((resolve) => worker.onExit(resolve)),
      );
      for (const worker of workers.values()) worker.stop();
      for (const waiter of waiters.splice(0)) waiter();
      await Promise.all(ended);
    },
  };
}
