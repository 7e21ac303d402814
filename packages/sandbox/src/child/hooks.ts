// Module customization hooks of a sandbox worker (they run on Node's loader thread). Every import
// a connector makes, static or dynamic, is resolved here first.
import { blockedBuiltin, blockedMessage } from '../rules.js';

interface ResolveContext {
  parentURL?: string;
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<unknown>;

let report: { postMessage(message: string): void } | undefined;
let refused: Int32Array | undefined;

/**
 * Receives the port the worker listens on for refused imports, and a shared counter it reads
 * without waiting for that port (a caught refusal must count before the hook's result is sent).
 */
export async function initialize(data: {
  port?: { postMessage(message: string): void };
  counter?: SharedArrayBuffer;
}): Promise<void> {
  report = data.port;
  refused = data.counter ? new Int32Array(data.counter) : undefined;
}

/** Refuses the blocked built-ins, whoever imports them. */
export async function resolve(
  specifier: string,
  context: ResolveContext,
  next: NextResolve,
): Promise<unknown> {
  if (blockedBuiltin(specifier) !== undefined) {
    const message = blockedMessage(specifier, 'import');
    // The message first: once the worker sees the count move, the message is already on the port.
    report?.postMessage(message);
    if (refused) Atomics.add(refused, 0, 1);
    const error = new Error(message);
    (error as Error & { code: string }).code = 'ERR_PAYCORE_SANDBOX';
    throw error;
  }
  return next(specifier, context);
}
