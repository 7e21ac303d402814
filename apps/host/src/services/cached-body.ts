import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A JSON answer serialized once, with its gzip form and a strong ETag. */
export interface CachedBody {
  json: Buffer;
  /** Absent when the body is too small to be worth compressing. */
  gzip?: Buffer;
  etag: string;
  gzipEtag: string;
}

const GZIP_MIN_BYTES = 1024;

/** Serializes and compresses a value once. */
export function cacheBody(value: unknown): CachedBody {
  const json = Buffer.from(JSON.stringify(value), 'utf8');
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 27);
  const body: CachedBody = { json, etag: `"${hash}"`, gzipEtag: `"${hash}-gz"` };
  if (json.length >= GZIP_MIN_BYTES) body.gzip = gzipSync(json, { level: 9 });
  return body;
}

function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  return typeof header === 'string' && /\bgzip\b(?!;\s*q=0(?:\.0+)?\b)/i.test(header);
}

/**
 * Answers from memory: 304 when `If-None-Match` names the current ETag (either encoding's),
 * otherwise the stored bytes, gzipped when the client accepts it. The two encodings carry
 * different strong ETags, as RFC 9110 asks of different representations.
 */
export function sendCached(
  req: IncomingMessage,
  res: ServerResponse,
  body: CachedBody,
  cacheControl: string,
): void {
  const gzip = body.gzip !== undefined && acceptsGzip(req);
  const etag = gzip ? body.gzipEtag : body.etag;
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', etag);
  if (body.gzip !== undefined) res.setHeader('Vary', 'Accept-Encoding');
  const match = req.headers['if-none-match'];
  if (match !== undefined) {
    const tags = match.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (tags.includes('*') || tags.includes(body.etag) || tags.includes(body.gzipEtag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
  }
  const bytes = gzip ? body.gzip! : body.json;
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', bytes.length);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
