import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from 'pino';
import { DIRECTORY_QUERY, type DirectoryQuery } from '../schemas/providers.js';
import { type CachedBody, sendCached } from '../services/cached-body.js';
import type { DirectoryCache } from '../services/directory.js';
import { hasBody, logWhenSent, requestIdOf, setSecurityHeaders } from './middleware.js';
import type { Turns } from './turns.js';
import { coerceQuery, validatorFor } from './validate.js';

/** Cache-Control of directory pages and overviews. */
export const DIRECTORY_CACHE_CONTROL = 'public, max-age=60';

const DIRECTORY_PATH = '/api/providers';
const HEALTH_PATH = '/api/health';
const HEALTH_BODY = Buffer.from('{"status":"ok"}');
const MAX_REMEMBERED = 1000;
const MAX_REMEMBERED_QUERY = 256;

/**
 * Answers two kinds of request on node:http directly, before express and before the queue of
 * {@link Turns}, and returns whether it did:
 * - `GET /api/health`, so a liveness probe is answered at once however busy the host is;
 * - a well-formed `GET /api/providers`. The directory is the host's busiest public page and its
 *   answers are computed once, so express's routing would be most of the cost of each request
 *   (measured: about three quarters of the CPU time under load).
 * The request gets what express would give it — request id, security headers, one log line, the
 * same validator — and anything this lane does not answer (another path or method, a body, a
 * query that fails validation, so that the 422 comes from the one error handler) goes on to
 * express untouched.
 */
export function createFastLane(
  directory: DirectoryCache,
  logger: Logger,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const validate = validatorFor(DIRECTORY_QUERY);
  // Query text already validated → its page, so a repeated request is one map look-up. Bounded
  // in count and key length, so odd queries cannot grow it without limit.
  const known = new Map<string, CachedBody>();
  const pageFor = (text: string): CachedBody | undefined => {
    const hit = known.get(text);
    if (hit) return hit;
    // The same parser express uses for query strings ("simple": node:querystring).
    const raw = parseQuery(text);
    if (Object.values(raw).some((value) => typeof value !== 'string')) return undefined;
    const query = coerceQuery(DIRECTORY_QUERY, raw);
    if (!validate(query)) return undefined;
    const page = directory.page(query as DirectoryQuery);
    if (text.length <= MAX_REMEMBERED_QUERY) {
      if (known.size >= MAX_REMEMBERED) known.delete(known.keys().next().value as string);
      known.set(text, page);
    }
    return page;
  };
  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    const id = requestIdOf(req);
    res.setHeader('X-Request-Id', id);
    setSecurityHeaders(res);
    logWhenSent(logger, req, res, id, performance.now());
  };
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    if ((path !== DIRECTORY_PATH && path !== HEALTH_PATH) || hasBody(req)) return false;
    if (path === HEALTH_PATH) {
      answer(req, res);
      res.writeHead(200, {
        'Cache-Control': 'no-store',
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': HEALTH_BODY.length,
      });
      res.end(req.method === 'HEAD' ? undefined : HEALTH_BODY);
      return true;
    }
    const page = pageFor(mark === -1 ? '' : url.slice(mark + 1));
    if (!page) return false;
    answer(req, res);
    sendCached(req, res, page, DIRECTORY_CACHE_CONTROL);
    return true;
  };
}

/**
 * The host's request listener: the fast lane answers what it can at once; everything else goes
 * to express in arrival order, a few requests per event-loop turn (see {@link Turns}).
 */
export function hostListener(
  lane: (req: IncomingMessage, res: ServerResponse) => boolean,
  app: RequestListener,
  turns: Turns,
): RequestListener {
  return (req, res) => {
    if (!lane(req, res)) turns.run(() => app(req, res));
  };
}
