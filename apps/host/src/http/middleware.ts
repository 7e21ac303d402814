import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { requestLineLogger } from '../logger.js';
import { ApiError } from './errors.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request's id: the caller's `X-Request-Id` when it is sane, otherwise a new one. */
function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Writes the one log line of a request when its answer is sent. Query strings are never logged:
 * they may hold search text.
 */
function logWhenSent(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  started: number,
): void {
  const lines = requestLineLogger(logger);
  res.on('finish', () => {
    // express rewrites req.url inside mounted routers; originalUrl is what the client sent.
    const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
    const query = url.indexOf('?');
    lines.info(
      {
        reqId: id,
        method: req.method,
        path: query === -1 ? url : url.slice(0, query),
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });
}

/**
 * Gives every request an id, a child logger under `res.locals.log`, and one log line when the
 * answer is sent. Bodies and query strings are never logged: they may hold credentials or
 * search text.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const id = requestIdOf(req);
    res.setHeader('X-Request-Id', id);
    res.locals.requestId = id;
    // The child logger is made only when a handler logs: most requests log just the line below.
    let child: Logger | undefined;
    Object.defineProperty(res.locals, 'log', {
      get: () => {
        child ??= logger.child({ reqId: id });
        return child;
      },
    });
    logWhenSent(logger, req, res, id, started);
    next();
  };
}

/** Headers every answer carries. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Sets {@link SECURITY_HEADERS} on one answer. */
function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** HSTS for a year; subdomains are left to whoever runs them. */
const HSTS = 'max-age=31536000';

/**
 * Sets {@link SECURITY_HEADERS} on every answer, and `Strict-Transport-Security` when the request
 * came over https: directly, or through a proxy `PAYCORE_TRUST_PROXY` trusts (`X-Forwarded-Proto`).
 * Never over plain http, where a browser ignores it and a development host would be pinned.
 */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    setSecurityHeaders(res);
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
}

/** Whether the request carries a body (a length above zero, or chunked). */
function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/** The largest JSON body the API reads. */
const BODY_LIMIT = '100kb';
const json = express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });

/**
 * JSON bodies only: a body of another type is 415; JSON over 100 kB is 413; malformed JSON is
 * 400 (both through the error handler). API answers are not cached unless a route says so.
 */
export function apiBody(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    const withBody = hasBody(req);
    if (withBody && !req.is(['application/json', 'application/*+json'])) {
      next(new ApiError('unsupported_media_type', 'Send the body as JSON (Content-Type: application/json)'));
      return;
    }
    // Nothing to parse: skip the parser's own checks on every GET.
    if (!withBody) next();
    else json(req, res, next);
  };
}
