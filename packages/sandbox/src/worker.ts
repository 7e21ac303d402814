import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type ConnectorFaultKind,
  type HookCall,
  type HookName,
  PaycoreError,
  type VerifyContext,
} from '@paycore/core';
import {
  type HostMessage,
  SANDBOX_ERROR_CODE,
  toWireError,
  type WireError,
  type WireRequest,
  type WorkerMessage,
} from './protocol.js';

/** How one worker process is started and watched. */
export interface WorkerOptions {
  /** V8 heap cap of the worker; its resident memory may reach twice this before it is stopped. */
  memoryLimitMb: number;
  /** Folders the worker may read: its own code, the connector package and its dependencies. */
  readPaths: readonly string[];
  /** How long a worker whose verify hit its deadline may take to show it is still responsive. */
  probeMs?: number;
}

/** One child process that runs the hooks of one connector. */
export interface SandboxWorker {
  readonly connectorId: string;
  readonly pid: number | undefined;
  /** Verifies running in it now. */
  readonly busy: number;
  /** `performance.now()` of the last call's end. */
  readonly lastUsed: number;
  /** Set while a call that passed its deadline is being checked on; new calls wait for it. */
  readonly probing: Promise<void> | undefined;
  /** Settles with the hooks the connector exports once it is imported; rejects with a `connector_fault`. */
  readonly loaded: Promise<HookName[]>;
  /** Runs a hook call with the host's context; rejects with a `connector_fault` or the hook's error. */
  call(call: HookCall, context: VerifyContext): Promise<unknown>;
  /** Stops the process; every call still in it fails with this fault. */
  stop(fault?: ConnectorFaultKind, detail?: string): void;
  /** Called once when the process has ended. */
  onExit(listener: () => void): void;
}

interface Running {
  context: VerifyContext;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  violation?: string;
}

const CHILD_MAIN = fileURLToPath(new URL('../dist/child/main.js', import.meta.url));
const PAGE_SIZE = 4096;
const WATCH_MS = 100;
// Node 22 renamed the permission model's flag; 20 knows only the experimental one.
const PERMISSION_FLAG = process.allowedNodeEnvironmentFlags.has('--permission')
  ? '--permission'
  : '--experimental-permission';

const fault = (kind: ConnectorFaultKind, detail: string) =>
  new PaycoreError('connector_fault', detail, { fault: kind });

/**
 * Starts a worker process for one connector and imports the connector's module in it. The process
 * runs under Node's permission model (reads only `readPaths`, no writes, no child processes, no
 * addons) with an empty environment and a heap cap, and with the guard of `child/guard.ts`.
 */
export function spawnWorker(connector: { id: string; file: string }, options: WorkerOptions): SandboxWorker {
  const child: ChildProcess = fork(CHILD_MAIN, [], {
    execArgv: [
      PERMISSION_FLAG,
      ...options.readPaths.map((path) => `--allow-fs-read=${path}`),
      // The loader hooks run on a thread of their own; the guard keeps connectors from making one.
      '--allow-worker',
      `--max-old-space-size=${options.memoryLimitMb}`,
      '--disable-warning=ExperimentalWarning',
      '--disable-warning=SecurityWarning',
    ],
    env: {},
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  const running = new Map<number, Running>();
  const exitListeners: (() => void)[] = [];
  let nextCallId = 1;
  let lastUsed = performance.now();
  let stoppedFor: { kind: ConnectorFaultKind; detail: string } | undefined;
  let crashed: string | undefined;
  let violation: string | undefined;
  let stderr = '';
  let exited = false;
  let probing: Promise<void> | undefined;
  let loadSettled = false;
  let settleLoad: { resolve(hooks: HookName[]): void; reject(error: unknown): void } | undefined;
  const loaded = new Promise<HookName[]>((resolve, reject) => {
    settleLoad = { resolve, reject };
  });
  loaded.catch(() => {});
  const send = (message: HostMessage): void => {
    if (!exited && child.connected) child.send(message);
  };

  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4096);
  });

  const memoryWatch = setInterval(() => {
    const rss = residentBytes(child.pid);
    if (rss !== undefined && rss > options.memoryLimitMb * 2 * 1024 * 1024)
      stop('memory_limit', `it used more than ${options.memoryLimitMb * 2} MB of memory and was stopped`);
  }, WATCH_MS);
  memoryWatch.unref();

  const finish = (callId: number) => {
    running.delete(callId);
    lastUsed = performance.now();
  };

  child.on('message', (message: WorkerMessage) => {
    switch (message.t) {
      case 'loaded':
        loadSettled = true;
        if (!message.error) settleLoad?.resolve(message.hooks ?? ['verify']);
        else settleLoad?.reject(loadFault(message.error, violation));
        break;
      case 'fetch':
        void forward(message.callId, message.reqId, message.request);
        break;
      case 'log':
        running
          .get(message.callId)
          ?.context.logger[message.level](
            message.message,
            isRecord(message.details) ? message.details : undefined,
          );
        break;
      case 'done': {
        const call = running.get(message.callId);
        if (!call) break;
        finish(message.callId);
        const escaped =
          call.violation ?? (message.error?.code === SANDBOX_ERROR_CODE ? message.error.message : undefined);
        if (escaped)
          call.reject(fault('network_escape', `it tried to reach the network outside ctx.fetch: ${escaped}`));
        else if (message.error) call.reject(Object.assign(new Error(message.error.message), message.error));
        else call.resolve(message.result);
        break;
      }
      case 'violation':
        violation = message.message;
        for (const call of running.values()) call.violation ??= message.message;
        break;
      case 'crash':
        crashed = message.message;
        break;
      case 'pong':
        break;
    }
  });

  child.on('exit', (code, signal) => {
    exited = true;
    clearInterval(memoryWatch);
    const why = stoppedFor ?? exitFault(code, signal, crashed, stderr);
    if (!loadSettled) settleLoad?.reject(fault(why.kind, why.detail));
    for (const call of running.values()) call.reject(fault(why.kind, why.detail));
    running.clear();
    for (const listener of exitListeners) listener();
  });
  child.on('error', () => {
    // 'exit' follows, or the spawn failed: either way the calls are failed there.
    if (child.pid === undefined && !exited) child.emit('exit', null, null);
  });

  async function forward(callId: number, reqId: number, request: WireRequest): Promise<void> {
    const call = running.get(callId);
    if (!call) return;
    try {
      const response = await call.context.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body ? { body: request.body } : {}),
      });
      const body = response.body === null ? null : new Uint8Array(await response.arrayBuffer());
      send({
        t: 'fetched',
        callId,
        reqId,
        response: {
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers],
          body,
        },
      });
    } catch (error) {
      send({ t: 'fetched', callId, reqId, error: toWireError(error) });
    }
  }

  function stop(kind?: ConnectorFaultKind, detail?: string): void {
    if (exited) return;
    stoppedFor ??= { kind: kind ?? 'crash', detail: detail ?? 'its worker was stopped' };
    child.kill('SIGKILL');
  }

  // At a deadline (or when the caller leaves), the call is abandoned. A worker that cannot even
  // answer a ping is stuck in the connector's code and is stopped.
  function abandon(callId: number): void {
    const call = running.get(callId);
    if (!call) return;
    finish(callId);
    call.reject(fault('time_limit', 'its verify hook did not finish in time'));
    send({ t: 'abort', callId });
    if (probing) return;
    probing = new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(probe);
        child.off('message', onPong);
        probing = undefined;
        resolve();
      };
      const probe = setTimeout(() => {
        stop('time_limit', 'its verify hook did not finish within the time limit and was stopped');
        done();
      }, options.probeMs ?? 250);
      const onPong = (message: WorkerMessage) => {
        if (message.t === 'pong') done();
      };
      child.on('message', onPong);
      send({ t: 'ping' });
    });
  }

  send({ t: 'load', file: connector.file, id: connector.id });

  return {
    connectorId: connector.id,
    get pid() {
      return child.pid;
    },
    get busy() {
      return running.size;
    },
    get lastUsed() {
      return lastUsed;
    },
    get probing() {
      return probing;
    },
    loaded,
    call(call, context) {
      if (exited) return Promise.reject(fault('crash', 'its worker has ended'));
      const callId = nextCallId++;
      return new Promise((resolve, reject) => {
        running.set(callId, { context, resolve, reject });
        const onAbort = () => abandon(callId);
        if (context.signal.aborted) onAbort();
        else context.signal.addEventListener('abort', onAbort, { once: true });
        send({ t: 'call', callId, call, baseUrl: context.baseUrl });
      });
    },
    stop,
    onExit(listener) {
      if (exited) listener();
      else exitListeners.push(listener);
    },
  };
}

function loadFault(error: WireError, violation: string | undefined): PaycoreError {
  if (error.code === SANDBOX_ERROR_CODE || violation)
    return fault('network_escape', `importing it tried to reach the network: ${violation ?? error.message}`);
  return fault('import_failed', `importing it failed: ${error.message}`);
}

function exitFault(
  code: number | null,
  signal: NodeJS.Signals | null,
  crashed: string | undefined,
  stderr: string,
): { kind: ConnectorFaultKind; detail: string } {
  if (/heap out of memory|Reached heap limit/i.test(stderr))
    return { kind: 'memory_limit', detail: 'it ran out of its memory limit and was stopped' };
  if (crashed) return { kind: 'crash', detail: `its worker crashed: ${crashed}` };
  const lastLine = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at ') && !line.startsWith('Node.js v'))
    .at(-1);
  return {
    kind: 'crash',
    detail: `its worker ended unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})${lastLine ? `: ${lastLine.slice(0, 200)}` : ''}`,
  };
}

function residentBytes(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(pages) ? pages * PAGE_SIZE : undefined;
  } catch {
    // Not Linux, or the process has just ended: the heap cap still holds.
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
