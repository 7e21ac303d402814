import type { Dispatcher } from 'undici';
import { PaycoreError } from '../errors.js';
import type { SafeFetch } from '../types.js';
import { readBody } from './decode.js';
import { abortError, egressError } from './map-error.js';
import { type RequestParts, requestParts, withoutBody } from './request-parts.js';

/** Options for {@link createSafeFetch}. */
export interface SafeFetchOptions {
  /** Exact host names the caller may reach (already resolved, no placeholders). */
  hosts: readonly string[];
  /**
   * Provider origin → local simulator origin, e.g. `{ "https://api.stripe.com": "http://127.0.0.1:4010" }`.
   * Only a mapped origin may be reached over plain http.
   */
  overrides?: Readonly<Record<string, string>>;
  /** Time limit for each request, redirects included, in ms; past it the request fails with `egress_timeout`. */
  timeoutMs: number;
  /** Largest answer body, in bytes, both as received and once decoded. */
  maxResponseBytes: number;
  /**
   * Aborts every request, e.g. when the merchant's HTTP request went away; a request it ends fails
   * with `egress_aborted`, whose `cause` is the signal's reason.
   */
  signal?: AbortSignal;
  /** Redirects followed at most, each to a declared host only (default 3). */
  maxRedirects?: number;
  /** The host's agent (see `createEgressAgent`), which holds the connections and their limits. */
  dispatcher: Dispatcher;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
// A kept-alive connection the provider closed while it sat idle fails before any answer.
const STALE_CONNECTION_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/**
 * Builds the only fetch a verify hook receives: https to the declared hosts only, each request
 * under one time limit and the caller's abort signal, a capped and decoded answer body, and
 * redirects followed only to declared hosts. Requests go through `options.dispatcher`.
 *
 * A request fails with a {@link PaycoreError}: `egress_denied` (a URL or redirect the rules refuse,
 * before anything is sent), `egress_timeout` (the time limit, or the agent's, passed),
 * `egress_aborted` (`options.signal` or the request's own `init.signal` aborted; `cause` is its
 * reason), `egress_network` (refused, reset, DNS, TLS, an undecodable body) or
 * `egress_response_too_large`. A GET or HEAD with a body is a `TypeError`, as in fetch.
 */
export function createSafeFetch(options: SafeFetchOptions): SafeFetch {
  const allowed = new Set(options.hosts.map((h) => h.toLowerCase()));
  const overrides = new Map(
    Object.entries(options.overrides ?? {}).map(([from, to]) => [new URL(from).origin, new URL(to).origin]),
  );
  const reverse = new Map([...overrides].map(([from, to]) => [to, from]));
  const maxRedirects = options.maxRedirects ?? 3;
  const limit = options.maxResponseBytes;

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
    let method = (init.method ?? 'GET').toUpperCase();
    let parts = await requestParts(init, method);
    // The request's one timer, redirects included; the caller's signals end it as well.
    const deadline = AbortSignal.timeout(options.timeoutMs);
    const signal = AbortSignal.any(
      [deadline, options.signal, init.signal].filter((s): s is AbortSignal => s instanceof AbortSignal),
    );
    for (let hop = 0; ; hop++) {
      if (signal.aborted) throw abortError(url, signal, deadline);
      let answer: Dispatcher.ResponseData;
      let headers: Headers;
      try {
        answer = await send(options.dispatcher, target(url), method, parts, signal);
        headers = toHeaders(answer.headers);
      } catch (error) {
        throw egressError(url, error, signal, deadline);
      }
      const status = answer.statusCode;
      const location = headers.get('location');
      if (!REDIRECT_STATUSES.has(status) || location === null) {
        const responseInit = { status, statusText: answer.statusText, headers };
        // A HEAD answer's content-length describes a body that is not sent: no cap applies.
        if (method === 'HEAD' || NULL_BODY_STATUSES.has(status)) {
          await answer.body.dump();
          return new Response(null, responseInit);
        }
        try {
          return new Response(await readBody(answer.body, headers, limit, url), responseInit);
        } catch (error) {
          throw egressError(url, error, signal, deadline);
        }
      }
      // Frees the connection for the next hop (or the next request).
      await answer.body.dump();
      if (hop >= maxRedirects)
        throw new PaycoreError('egress_denied', `More than ${maxRedirects} redirects from ${url.hostname}`);
      const next = new URL(location, target(url));
      const logical = reverse.get(next.origin);
      url = logical ? new URL(next.pathname + next.search, logical) : next;
      check(url);
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        parts = withoutBody(parts);
      }
    }
  };
}

/** Sends one request; one that meets a stale kept-alive connection is sent once more, on a new one. */
async function send(
  dispatcher: Dispatcher,
  url: URL,
  method: string,
  parts: RequestParts,
  signal: AbortSignal,
): Promise<Dispatcher.ResponseData> {
  const request: Dispatcher.RequestOptions = {
    origin: url.origin,
    path: url.pathname + url.search,
    method: method as Dispatcher.HttpMethod,
    headers: parts.headers,
    body: parts.body ?? null,
    signal,
  };
  try {
    return await dispatcher.request(request);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (signal.aborted || typeof code !== 'string' || !STALE_CONNECTION_CODES.has(code)) throw error;
    return await dispatcher.request(request);
  }
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      headers.append(name, one);
    }
  }
  return headers;
}
