// The entry of a sandbox worker process. It keeps the IPC channel to itself, locks the process down
// (see guard.ts), then loads one connector and runs its hooks as the host asks.
import { AsyncLocalStorage } from 'node:async_hooks';
import { pathToFileURL } from 'node:url';
import type { HookName, Logger, VerifyContext, VerifyHook } from '@paycore/core';
import {
  type HostMessage,
  SANDBOX_ERROR_CODE,
  toWireError,
  type WireResponse,
  type WorkerMessage,
} from '../protocol.js';
import { installGuard, isGlobalEscape } from './guard.js';

interface Pending {
  resolve(response: WireResponse): void;
  reject(error: Error): void;
}
interface Call {
  controller: AbortController;
  fetches: Map<number, Pending>;
}

const send = process.send?.bind(process);
if (!send) throw new Error('The sandbox worker must be started by the host with an IPC channel');
const exit = process.exit.bind(process);
const post = (message: WorkerMessage, then?: () => void): void => {
  send(message, undefined, {}, () => then?.());
};
const calls = new Map<number, Call>();
const current = new AsyncLocalStorage<number>();
const hooks: Partial<Record<HookName, VerifyHook>> = {};
let nextReqId = 1;

// Dies after telling the host why, so the verify that caused it is named a connector fault.
const crash = (message: string): void => post({ t: 'crash', message: message.slice(0, 500) }, () => exit(70));
process.on('uncaughtException', (error) => crash(`uncaught exception: ${toWireError(error).message}`));
process.on('unhandledRejection', (reason) => crash(`unhandled rejection: ${toWireError(reason).message}`));
process.exit = ((code?: number | string | null) => {
  crash(`the connector called process.exit(${code ?? ''})`);
  throw new Error('process.exit() ends this worker');
}) as typeof process.exit;
// A hook's console output goes to the host's log of that verify, where secrets are scrubbed.
for (const level of ['debug', 'info', 'warn', 'error', 'log'] as const) {
  console[level] = (...args: unknown[]) => {
    const callId = current.getStore();
    if (callId === undefined) return;
    post({
      t: 'log',
      callId,
      level: level === 'log' ? 'info' : level,
      message: args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' '),
    });
  };
}
let lastViolation = 'it tried to load a module that is not allowed';
const refusals = installGuard((message) => {
  lastViolation = message;
  post({ t: 'violation', message });
});

process.on('message', (message: HostMessage) => {
  switch (message.t) {
    case 'load':
      void load(message.file, message.id);
      break;
    case 'call':
      void run(message.callId, message.call.hook, message.call.input, message.baseUrl);
      break;
    case 'fetched': {
      const pending = calls.get(message.callId)?.fetches.get(message.reqId);
      calls.get(message.callId)?.fetches.delete(message.reqId);
      if (!pending) break;
      if (message.response) pending.resolve(message.response);
      else pending.reject(Object.assign(new Error(message.error?.message), message.error));
      break;
    }
    case 'abort':
      calls.get(message.callId)?.controller.abort(new Error('the verify has ended'));
      break;
    case 'ping':
      post({ t: 'pong' });
      break;
  }
});

async function load(file: string, id: string): Promise<void> {
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    const exported = module.default as
      | ({ manifest?: { id?: unknown } } & Partial<Record<HookName, unknown>>)
      | undefined;
    if (typeof exported !== 'object' || exported === null || exported.manifest?.id !== id)
      throw new Error(`its default export is not a connector with manifest id "${id}"`);
    if (typeof exported.verify !== 'function')
      throw new Error('its manifest says ready but its default export has no verify hook');
    for (const name of ['verify', 'discover'] as const) {
      const hook = exported[name];
      if (typeof hook === 'function') hooks[name] = hook.bind(exported) as VerifyHook;
    }
    post({ t: 'loaded', hooks: Object.keys(hooks) as HookName[] });
  } catch (error) {
    post({ t: 'loaded', error: toWireError(error) });
  }
}

async function run(
  callId: number,
  name: HookName,
  input: Parameters<VerifyHook>[0],
  baseUrl: string,
): Promise<void> {
  const call: Call = { controller: new AbortController(), fetches: new Map() };
  calls.set(callId, call);
  const context: VerifyContext = {
    fetch: (target, init) => remoteFetch(callId, call, target, init),
    signal: call.controller.signal,
    logger: hookLogger(callId),
    baseUrl,
  };
  const refusedBefore = refusals();
  await current.run(callId, async () => {
    try {
      const hook = hooks[name];
      if (!hook) throw new Error(`the connector has no ${name} hook`);
      const result: unknown = await hook(input, context);
      if (refusals() > refusedBefore)
        post({
          t: 'done',
          callId,
          error: { name: 'Error', message: lastViolation, code: SANDBOX_ERROR_CODE },
        });
      else post({ t: 'done', callId, result: cloneable(result) });
    } catch (error) {
      const wire = toWireError(error);
      post({
        t: 'done',
        callId,
        error: isGlobalEscape(error) ? { ...wire, code: 'ERR_PAYCORE_SANDBOX' } : wire,
      });
    } finally {
      calls.delete(callId);
    }
  });
}

async function remoteFetch(
  callId: number,
  call: Call,
  target: string | URL,
  init?: RequestInit,
): Promise<Response> {
  // The standard Request does fetch's own checks and encodings (methods, headers, bodies).
  const request = new Request(target, init);
  const body =
    request.method === 'GET' || request.method === 'HEAD'
      ? undefined
      : new Uint8Array(await request.arrayBuffer());
  const reqId = nextReqId++;
  const answer = await new Promise<WireResponse>((resolve, reject) => {
    call.fetches.set(reqId, { resolve, reject });
    post({
      t: 'fetch',
      callId,
      reqId,
      request: {
        url: request.url,
        method: request.method,
        headers: [...request.headers],
        ...(body ? { body } : {}),
      },
    });
  });
  const response = new Response(answer.body, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers,
  });
  Object.defineProperty(response, 'url', { value: request.url });
  return response;
}

function hookLogger(callId: number): Logger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') => (message: string, details?: Record<string, unknown>) =>
      post({ t: 'log', callId, level, message: String(message), details: cloneable(details) });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

// What crosses to the host is plain JSON data: anything else is the connector's malformed result.
function cloneable(value: unknown): unknown {
  try {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  } catch {
    return '[a value that is not JSON]';
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
