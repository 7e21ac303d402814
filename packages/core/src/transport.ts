import {
  type ClientRequest,
  Agent as HttpAgent,
  type IncomingMessage,
  request as httpRequest,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw, type ZlibOptions } from 'node:zlib';
import { PaycoreError } from './errors.js';

/** One request as the safe fetch sends it: the URL already checked and mapped. */
export interface TransportRequest {
  url: URL;
  method: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Buffer | undefined;
  /** Any of these aborting ends the request as timed out. */
  signals: readonly AbortSignal[];
  timeoutMs: number;
  maxResponseBytes: number;
}

/** A provider's answer, its body read in full and decoded. */
export interface TransportAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  /** `null` for a HEAD request and for statuses that carry no body. */
  body: Buffer | null;
}

/** Sends one request; throws `egress_timeout`, `egress_network` or `egress_response_too_large`. */
export type Transport = (request: TransportRequest) => Promise<TransportAnswer>;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** Whether an answer carries no body by definition (HEAD, or a status that has none). */
const bodiless = (method: string, status: number): boolean =>
  method === 'HEAD' || NULL_BODY_STATUSES.has(status);

// Keep-alive agents shared by every verify: a provider checked again soon reuses its connection.
// Idle sockets are unref'd by node, so they never keep a process alive, and closed after 4 s
// (before most servers close theirs).
const KEEP_ALIVE = { keepAlive: true, scheduling: 'lifo', timeout: 4_000 } as const;
const AGENTS = { 'http:': new HttpAgent(KEEP_ALIVE), 'https:': new HttpsAgent(KEEP_ALIVE) };

type Decoder = (buffer: Buffer, options: ZlibOptions) => Promise<Buffer>;
const inflateZlib: Decoder = promisify(inflate);
const inflateBare: Decoder = promisify(inflateRaw);
// `deflate` is meant to be zlib-wrapped, but some servers send it raw; fetch accepts both.
const inflateAny: Decoder = (buffer, options) =>
  inflateZlib(buffer, options).catch(() => inflateBare(buffer, options));
const DECODERS: Record<string, Decoder> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: inflateAny,
  br: promisify(brotliDecompress),
};

function tooLarge(url: URL, limit: number): PaycoreError {
  return new PaycoreError(
    'egress_response_too_large',
    `The answer from ${url.hostname} is larger than ${limit} bytes`,
  );
}

/**
 * The default transport, on node:http(s): keep-alive connections, one timer and plain listeners
 * per request, the body read straight into a buffer and decoded (gzip, deflate, br) under the same
 * size cap. It does what the safe fetch needs of `fetch` at about half the CPU time, which counts
 * when a host checks hundreds of credentials at once.
 */
export const nodeTransport: Transport = (request) =>
  new Promise<TransportAnswer>((resolve, reject) => {
    const { url, signals, maxResponseBytes: limit } = request;
    if (signals.some((signal) => signal.aborted)) {
      reject(timedOut(url));
      return;
    }
    let settled = false;
    const finish = (error: unknown, answer?: TransportAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener('abort', onAbort);
      if (error) {
        outgoing.destroy();
        reject(error);
      } else resolve(answer!);
    };
    const onAbort = () => finish(timedOut(url));
    const timer = setTimeout(onAbort, request.timeoutMs);
    for (const signal of signals) signal.addEventListener('abort', onAbort, { once: true });

    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    let outgoing: ClientRequest;
    const start = (retry: boolean): void => {
      const current = send(url, {
        method: request.method,
        headers: request.headers,
        agent: AGENTS[url.protocol as keyof typeof AGENTS],
      });
      outgoing = current;
      current.on('error', (cause: NodeJS.ErrnoException) => {
        // A request already replaced by its retry has nothing more to say.
        if (current !== outgoing) return;
        // A kept-alive connection the provider closed while it sat idle fails before any answer:
        // send the request once more, on a new connection (not after a timeout destroyed it).
        const stale = current.reusedSocket && (cause.code === 'ECONNRESET' || cause.code === 'EPIPE');
        if (retry && stale && !settled) start(false);
        else finish(networkError(url, cause));
      });
      current.on('response', onResponse);
      current.end(request.body);
    };
    const onResponse = (incoming: IncomingMessage) => {
      const status = incoming.statusCode ?? 0;
      const declared = Number(incoming.headers['content-length'] ?? Number.NaN);
      if (declared > limit) return finish(tooLarge(url, limit));
      const chunks: Buffer[] = [];
      let size = 0;
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > limit) finish(tooLarge(url, limit));
        else chunks.push(chunk);
      });
      incoming.on('error', (cause) => finish(networkError(url, cause)));
      incoming.on('close', () => {
        if (!incoming.complete) finish(networkError(url, new Error('the connection closed mid-answer')));
      });
      incoming.on('end', () => {
        const headers = new Headers();
        const raw = incoming.rawHeaders;
        for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
        const answer = (body: Buffer | null) =>
          finish(undefined, { status, statusText: incoming.statusMessage ?? '', headers, body });
        if (bodiless(request.method, status)) return answer(null);
        const bytes = Buffer.concat(chunks, size);
        const decode = DECODERS[(headers.get('content-encoding') ?? '').trim().toLowerCase()];
        if (!decode || bytes.length === 0) return answer(bytes);
        decode(bytes, { maxOutputLength: limit }).then(answer, (cause: NodeJS.ErrnoException) =>
          finish(
            cause.code === 'ERR_BUFFER_TOO_LARGE'
              ? tooLarge(url, limit)
              : networkError(url, new Error('the answer could not be decoded', { cause })),
          ),
        );
      });
    };
    start(true);
  });

/**
 * A transport on a `fetch` implementation (e.g. a test's stub): the same limits, through the
 * fetch's own signal and stream.
 */
export function fetchTransport(fetchImpl: typeof fetch): Transport {
  return async (request) => {
    const { url, maxResponseBytes: limit } = request;
    const signal = AbortSignal.any([...request.signals, AbortSignal.timeout(request.timeoutMs)]);
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: request.method,
        headers: request.headers,
        ...(request.body ? { body: request.body } : {}),
        signal,
        redirect: 'manual',
      });
    } catch (cause) {
      throw signal.aborted ? timedOut(url, cause) : networkError(url, cause);
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > limit) {
      await response.body?.cancel();
      throw tooLarge(url, limit);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > limit) {
            await reader.cancel();
            throw tooLarge(url, limit);
          }
          chunks.push(value);
        }
      } catch (cause) {
        if (cause instanceof PaycoreError) throw cause;
        throw signal.aborted ? timedOut(url, cause) : networkError(url, cause);
      }
    }
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body: bodiless(request.method, response.status) ? null : Buffer.concat(chunks),
    };
  };
}

function timedOut(url: URL, cause?: unknown): PaycoreError {
  return new PaycoreError('egress_timeout', `No answer from ${url.hostname} in time`, { cause });
}

function networkError(url: URL, cause: unknown): PaycoreError {
  return new PaycoreError('egress_network', `Could not reach ${url.hostname}`, { cause });
}
