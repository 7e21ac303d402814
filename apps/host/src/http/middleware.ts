import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { HttpError } from './errors.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives every request an id (the caller's `X-Request-Id` when it is sane), a child logger under
 * `res.locals.log`, and one log line when the answer is sent. Bodies and query strings are
 * never logged: they may hold credentials or search text.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
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
    res.on('finish', () => {
      logger.info(
        {
          reqId: id,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      );
    });
    next();
  };
}

/** Headers every answer carries. */
export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  };
}

/** The largest JSON body the API reads. */
export const BODY_LIMIT = '100kb';
const json = express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });

/**
 * JSON bodies only: a body of another type is 415; JSON over 100 kB is 413; malformed JSON is
 * 400 (both through the error handler). API answers are not cached unless a route says so.
 */
export function apiBody(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    const hasBody =
      req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (hasBody && !req.is(['application/json', 'application/*+json'])) {
      next(
        new HttpError(
          415,
          'unsupported_media_type',
          'Send the body as JSON (Content-Type: application/json)',
        ),
      );
      return;
    }
    // Nothing to parse: skip the parser's own checks on every GET.
    if (!hasBody) next();
    else json(req, res, next);
  };
}
