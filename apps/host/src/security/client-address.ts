import type { Request } from 'express';

/**
 * The address a request came from, as limits count it: express's `req.ip`, which honours
 * `PAYCORE_TRUST_PROXY` (a hop count or the proxies' addresses) by taking the address the nearest
 * trusted proxy appended to `X-Forwarded-For`, never one the client wrote itself.
 */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
