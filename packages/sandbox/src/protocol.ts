import type { HookCall, HookName } from '@paycore/core';

/** A request a hook sent through `ctx.fetch`, as it crosses to the host. */
export interface WireRequest {
  url: string;
  method: string;
  headers: [string, string][];
  body?: Uint8Array;
}

/** A provider's answer, read in full by the host, as it crosses back to the hook. */
export interface WireResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Uint8Array | null;
}

/** An error as it crosses the process boundary: enough to classify it, nothing more. */
export interface WireError {
  name: string;
  message: string;
  code?: string;
}

/** Host → worker. */
export type HostMessage =
  | { t: 'load'; file: string; id: string }
  | { t: 'call'; callId: number; call: HookCall; baseUrl: string }
  | { t: 'fetched'; callId: number; reqId: number; response?: WireResponse; error?: WireError }
  | { t: 'abort'; callId: number }
  | { t: 'ping' };

/** Worker → host. */
export type WorkerMessage =
  | { t: 'loaded'; hooks?: HookName[]; error?: WireError }
  | { t: 'fetch'; callId: number; reqId: number; request: WireRequest }
  | {
      t: 'log';
      callId: number;
      level: 'debug' | 'info' | 'warn' | 'error';
      message: string;
      details?: unknown;
    }
  | { t: 'done'; callId: number; result?: unknown; error?: WireError }
  | { t: 'violation'; message: string }
  | { t: 'crash'; message: string }
  | { t: 'pong' };

/** Marks a refused import or require in a connector's error. */
export const SANDBOX_ERROR_CODE = 'ERR_PAYCORE_SANDBOX';

/** An error as it may cross the boundary. */
export function toWireError(error: unknown): WireError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: error.message,
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  return { name: 'Error', message: String(error) };
}
