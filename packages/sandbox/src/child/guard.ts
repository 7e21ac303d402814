import * as nodeModule from 'node:module';
import { register, syncBuiltinESMExports } from 'node:module';
// Loaded before the guard is installed: the guard refuses this module to connectors, not to itself.
import { receiveMessageOnPort } from 'node:worker_threads';
import { BLOCKED_GLOBALS, blockedBuiltin, blockedMessage } from '../rules.js';

type LoadFn = (request: string, parent: unknown, isMain: boolean) => unknown;
interface ModuleInternals {
  _load: LoadFn;
  register: unknown;
}

function refuse(specifier: string, route: string, onViolation: (message: string) => void): never {
  const message = blockedMessage(specifier, route);
  onViolation(message);
  const error = new Error(message);
  (error as Error & { code: string }).code = 'ERR_PAYCORE_SANDBOX';
  throw error;
}

/**
 * Locks the worker down before any connector code is imported. Node's permission model (set on
 * the command line) already refuses file writes, child processes and native addons; this adds
 * what it cannot express: the network built-ins by every route, the network globals, the raw
 * bindings, signals to other processes, and further loader hooks that could undo ours.
 * `onViolation` hears every refused attempt, also the ones a connector catches; the returned
 * function counts them so far.
 */
export function installGuard(onViolation: (message: string) => void): () => number {
  // The loader thread tells us about refused imports over this port, so a caught one still counts,
  // and bumps a shared counter first, which is read without waiting for the port.
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (message: string) => onViolation(message));
  port1.unref();
  const counter = new SharedArrayBuffer(4);
  const refusedImports = new Int32Array(counter);
  register(new URL('./hooks.js', import.meta.url), {
    parentURL: import.meta.url,
    data: { port: port2, counter },
    transferList: [port2],
  });
  let refusedHere = 0;
  const report = onViolation;
  onViolation = (message) => {
    refusedHere++;
    report(message);
  };

  const internals = nodeModule.Module as unknown as ModuleInternals;
  const load = internals._load;
  internals._load = function guardedLoad(request, parent, isMain) {
    if (blockedBuiltin(request) !== undefined) refuse(request, 'require', onViolation);
    return load.call(this, request, parent, isMain);
  };
  internals.register = () => refuse('node:module', 'module.register', onViolation);
  syncBuiltinESMExports();

  const getBuiltin = process.getBuiltinModule?.bind(process);
  if (getBuiltin) {
    process.getBuiltinModule = ((id: string) => {
      if (blockedBuiltin(id) !== undefined) refuse(id, 'process.getBuiltinModule', onViolation);
      return getBuiltin(id);
    }) as typeof process.getBuiltinModule;
  }
  const forbid = (name: string) => () => refuse(name, name, onViolation);
  Object.assign(process, {
    binding: forbid('process.binding'),
    _linkedBinding: forbid('process._linkedBinding'),
    dlopen: forbid('process.dlopen'),
    kill: forbid('process.kill'),
  });
  for (const name of BLOCKED_GLOBALS) Reflect.deleteProperty(globalThis, name);
  return () => {
    // A refusal the loader thread counted has its message on the port already: take it now
    // rather than when the event loop gets to it, so the verify's answer can name it.
    for (let next = receiveMessageOnPort(port1); next; next = receiveMessageOnPort(port1))
      onViolation(next.message as string);
    return refusedHere + Atomics.load(refusedImports, 0);
  };
}

/** Whether an error is what touching a removed network global throws (`fetch is not defined`). */
export function isGlobalEscape(error: unknown): boolean {
  return (
    error instanceof ReferenceError &&
    BLOCKED_GLOBALS.some((name) => error.message === `${name} is not defined`)
  );
}
