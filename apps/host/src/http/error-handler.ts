import { isPaycoreError, scrubValue } from '@paycore/core';
import type { ErrorRequestHandler, Request, Response } from 'express';
import type { Logger } from 'pino';
import { ApiError, problemsToFields } from './errors.js';

/** Marks values that must never appear in a log line of this request (e.g. submitted secrets). */
export function addRequestSecrets(res: Response, values: readonly string[]): void {
  const list = (res.locals.secrets as string[] | undefined) ?? [];
  list.push(...values.filter((value) => value.length > 0));
  res.locals.secrets = list;
}

/**
 * Every string the request submitted as credentials or a password, plus what handlers marked:
 * scrubbed from any error that is logged, whatever the schema says is secret.
 */
function requestSecrets(req: Request, res: Response): string[] {
  const found = new Set<string>((res.locals.secrets as string[] | undefined) ?? []);
  const body = req.body as Record<string, unknown> | undefined;
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && value.length >= 4) found.add(value);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item);
  };
  if (body && typeof body === 'object') {
    collect(body.credentials);
    collect(body.password);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** Turns anything thrown into the API's error answer. */
export function toHttpError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large')
    return new ApiError('payload_too_large', 'The body is larger than the 100 kB the API accepts');
  if (type === 'entity.parse.failed')
    return new ApiError('invalid_json', 'The body is not valid JSON (it must be an object or a list)');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported')
    return new ApiError('unsupported_media_type', 'Send the body as UTF-8 JSON');
  if (isPaycoreError(error)) {
    switch (error.code) {
      case 'connector_not_found':
        return new ApiError('not_found', error.message);
      case 'connector_not_ready':
        return new ApiError('provider_not_ready', `${error.message}; you can request it instead`);
      case 'credentials_invalid':
        return new ApiError('validation_failed', error.message, {
          fields: problemsToFields(error.problems),
        });
      case 'overloaded':
        return new ApiError('overloaded', error.message, { headers: { 'Retry-After': '5' } });
      case 'verify_aborted':
        return new ApiError('client_closed_request', error.message);
      default:
        break;
    }
  }
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new ApiError('invalid_json', 'The request could not be read');
  return new ApiError('internal', 'Something went wrong on our side; it has been logged');
}

/** The last middleware: logs (scrubbed) and answers in the one error shape. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const http = toHttpError(error);
    const log = (res.locals.log as Logger | undefined) ?? logger;
    if (http.status >= 500) {
      const secrets = requestSecrets(req, res);
      const detail =
        error instanceof Error
          ? {
              name: error.name,
              message: error.message,
              stack: error.stack,
              code: (error as { code?: unknown }).code,
            }
          : { message: String(error) };
      log.error({ err: scrubValue(detail, secrets) }, 'request failed');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (http.options.headers) res.set(http.options.headers);
    const body = http.body();
    if (http.status === 500 && res.locals.requestId) body.error.requestId = res.locals.requestId;
    res.status(http.status).json(body);
  };
}
