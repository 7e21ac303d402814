import { PaycoreError } from './errors.js';
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
  /** The underlying fetch; the global one by default. */
  fetchImpl?: typeof fetch;
  /**
   * Awaited when a provider's answer has been read, before the hook sees it. A host answering
   * many verifies lets bursts of answers wait their turn here (see the host's `Turns`), so what
   * the hook and the host then do with each answer runs a few at a time.
   */
  pace?: () => Promise<void>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

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
  const doFetch = options.fetchImpl ?? fetch;
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
    const signals = [AbortSignal.timeout(options.timeoutMs)];
    if (options.signal) signals.push(options.signal);
    if (init.signal) signals.push(init.signal);
    const signal = AbortSignal.any(signals);
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body;
    for (let hop = 0; ; hop++) {
      let response: Response;
      try {
        response = await doFetch(target(url), { ...init, method, body, signal, redirect: 'manual' });
      } catch (cause) {
        throw fetchFailure(cause, signal, url);
      }
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null) {
        const read = await capped(response, options.maxResponseBytes, signal, url);
        if (options.pace) await options.pace();
        return read;
      }
      await response.body?.cancel();
      if (hop >= maxRedirects)
        throw new PaycoreError('egress_denied', `More than ${maxRedirects} redirects from ${url.hostname}`);
      const next = new URL(location, target(url));
      const logical = reverse.get(next.origin);
      url = logical ? new URL(next.pathname + next.search, logical) : next;
      check(url);
      if (
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = undefined;
      }
    }
  };
}

function fetchFailure(cause: unknown, signal: AbortSignal, url: URL): PaycoreError {
  if (signal.aborted)
    return new PaycoreError('egress_timeout', `No answer from ${url.hostname} in time`, { cause });
  return new PaycoreError('egress_network', `Could not reach ${url.hostname}`, { cause });
}

async function capped(response: Response, limit: number, signal: AbortSignal, url: URL): Promise<Response> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel();
    throw new PaycoreError(
      'egress_response_too_large',
      `The answer from ${url.hostname} is larger than ${limit} bytes`,
    );
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
          throw new PaycoreError(
            'egress_response_too_large',
            `The answer from ${url.hostname} is larger than ${limit} bytes`,
          );
        }
        chunks.push(value);
      }
    } catch (cause) {
      if (cause instanceof PaycoreError) throw cause;
      throw fetchFailure(cause, signal, url);
    }
  }
  const bytes = Buffer.concat(chunks);
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
