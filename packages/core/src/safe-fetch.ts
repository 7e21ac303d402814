import { PaycoreError } from './errors.js';
import { fetchTransport, nodeTransport } from './transport.js';
import type { SafeFetch } from './types.js';

/** Options for {@link createSafeFetch}. */
export interface SafeFetchOptions {
  /** Exact host names the caller may reach (already resolved, no placeholders). */
  hosts: readonly string[];
  /**
   * Provider origin → local simulator origin, e.g. `{ "https://api.stripe.com": "http://127.0.0.1:4010" }`.
   * Only a mapped origin may be reached over plain http.
   */
  overrides?: Readonly<Record<string, string>>;
  /** Time limit for each request, redirects included. */
  timeoutMs: number;
  /** Largest response body read, in bytes. */
  maxResponseBytes: number;
  /** Aborts every request, e.g. when the whole verify runs out of time. */
  signal?: AbortSignal;
  /** Redirects followed at most (each to a declared host only). */
  maxRedirects?: number;
  /**
   * A fetch to send requests through instead of the built-in node:http transport (e.g. a stub in
   * a test). The same limits apply.
   */
  fetchImpl?: typeof fetch;
  /**
   * Awaited when a provider's answer has been read, before the hook sees it. A host answering
   * many verifies lets bursts of answers wait their turn here (see the host's `Turns`), so what
   * the hook and the host then do with each answer runs a few at a time.
   */
  pace?: () => Promise<void>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Builds the only fetch a verify hook receives: https to the declared hosts only, each request
 * under a timeout and the caller's abort signal, a capped response body, and redirects followed
 * only to declared hosts.
 */
export function createSafeFetch(options: SafeFetchOptions): SafeFetch {
  const allowed = new Set(options.hosts.map((h) => h.toLowerCase()));
  const overrides = new Map(
    Object.entries(options.overrides ?? {}).map(([from, to]) => [new URL(from).origin, new URL(to).origin]),
  );
  const reverse = new Map([...overrides].map(([from, to]) => [to, from]));
  const transport = options.fetchImpl ? fetchTransport(options.fetchImpl) : nodeTransport;
  const maxRedirects = options.maxRedirects ?? 3;

  const check = (url: URL): void => {
    if (url.protocol !== 'https:')
      throw new PaycoreError(
        'egress_denied',
        `Only https requests are allowed, not ${url.protocol}//${url.host}`,
      );
    if (url.port !== '' && url.port !== '443')
      throw new PaycoreError('egress_denied', `Port ${url.port} on ${url.hostname} is not allowed`);
    if (url.username || url.password)
      throw new PaycoreError('egress_denied', 'Credentials in the URL are not allowed');
    if (!allowed.has(url.hostname.toLowerCase())) {
      throw new PaycoreError('egress_denied', `Host ${url.hostname} is not declared for this environment`);
    }
  };
  const target = (url: URL): URL => {
    const mapped = overrides.get(url.origin);
    return mapped ? new URL(url.pathname + url.search, mapped) : url;
  };

  return async (input, init = {}) => {
    let url = new URL(String(input));
    check(url);
    const signals = options.signal ? [options.signal] : [];
    if (init.signal) signals.push(init.signal);
    let method = (init.method ?? 'GET').toUpperCase();
    let { headers, body } = await requestParts(init, method);
    const deadline = performance.now() + options.timeoutMs;
    for (let hop = 0; ; hop++) {
      const answer = await transport({
        url: target(url),
        method,
        headers,
        body,
        signals,
        timeoutMs: Math.max(0, Math.ceil(deadline - performance.now())),
        maxResponseBytes: options.maxResponseBytes,
      });
      const location = answer.headers.get('location');
      if (!REDIRECT_STATUSES.has(answer.status) || location === null) {
        const response = new Response(answer.body, {
          status: answer.status,
          statusText: answer.statusText,
          headers: answer.headers,
        });
        if (options.pace) await options.pace();
        return response;
      }
      if (hop >= maxRedirects)
        throw new PaycoreError('egress_denied', `More than ${maxRedirects} redirects from ${url.hostname}`);
      const next = new URL(location, target(url));
      const logical = reverse.get(next.origin);
      url = logical ? new URL(next.pathname + next.search, logical) : next;
      check(url);
      if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
        headers = withoutBodyHeaders(headers);
      }
    }
  };
}

// What fetch sends unless the caller says otherwise.
const DEFAULT_HEADERS: Readonly<Record<string, string>> = {
  accept: '*/*',
  'accept-encoding': 'gzip, deflate, br',
  'user-agent': 'PayCore',
};

// Set by the transport alone: a hook must not aim a request at another virtual host (`host`) or
// frame the message itself.
const TRANSPORT_HEADERS = new Set([
  'host',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'expect',
]);

/**
 * The request's headers (lower-case names, fetch's defaults filled in) and its body as bytes,
 * with the content type fetch would give a string or form body.
 */
async function requestParts(
  init: RequestInit,
  method: string,
): Promise<{ headers: Record<string, string>; body: Buffer | undefined }> {
  const headers: Record<string, string> = { ...DEFAULT_HEADERS };
  new Headers(init.headers).forEach((value, name) => {
    if (!TRANSPORT_HEADERS.has(name)) headers[name] = value;
  });
  const raw = init.body;
  if (raw === undefined || raw === null) return { headers, body: undefined };
  if (method === 'GET' || method === 'HEAD') throw new TypeError(`A ${method} request cannot have a body`);
  let body: Buffer;
  let type: string | undefined;
  if (typeof raw === 'string') {
    body = Buffer.from(raw, 'utf8');
    type = 'text/plain;charset=UTF-8';
  } else if (raw instanceof URLSearchParams) {
    body = Buffer.from(raw.toString(), 'utf8');
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (raw instanceof ArrayBuffer) {
    body = Buffer.from(raw);
  } else if (ArrayBuffer.isView(raw)) {
    body = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  } else {
    // Blobs, form data and streams: let fetch's own Request encode them (and name the boundary).
    const encoded = new Request('https://paycore.invalid/', {
      method,
      body: raw,
      duplex: 'half',
    } as RequestInit);
    body = Buffer.from(await encoded.arrayBuffer());
    type = encoded.headers.get('content-type') ?? undefined;
  }
  if (type !== undefined && headers['content-type'] === undefined) headers['content-type'] = type;
  headers['content-length'] = String(body.byteLength);
  return { headers, body };
}

function withoutBodyHeaders(headers: Record<string, string>): Record<string, string> {
  const { 'content-type': _type, 'content-length': _length, ...rest } = headers;
  return rest;
}
