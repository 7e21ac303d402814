import type { Dispatcher } from 'undici';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw, type ZlibOptions } from 'node:zlib';
import { PaycoreError } from '../errors.js';
import { tooLarge } from './map-error.js';

type Decoder = (buffer: Buffer, options: ZlibOptions) => Promise<Buffer>;
const inflateZlib: Decoder = promisify(inflate);
const inflateBare: Decoder = promisify(inflateRaw);
// `deflate` is meant to be zlib-wrapped, but some servers send it raw; fetch accepts both.
const inflateAny: Decoder = (buffer, options) =>
  inflateZlib(buffer, options).catch(() => inflateBare(buffer, options));
const DECODERS: Readonly<Record<string, Decoder>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: inflateAny,
  br: promisify(brotliDecompress),
};

/**
 * Reads an answer's body in full and decodes it (gzip, deflate, br; other encodings are left as
 * they are), holding both the bytes received and the bytes decoded to `limit`: a small compressed
 * answer may decode to far more than it weighs. Throws `egress_response_too_large` over the cap.
 */
export async function readBody(
  body: Dispatcher.ResponseData['body'],
  headers: Headers,
  limit: number,
  url: URL,
): Promise<Buffer> {
  const declared = Number(headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    // Reads a small rest out so the connection can serve again, or closes it; never throws.
    void body.dump();
    throw tooLarge(url, limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    // Leaving the loop destroys the stream, and with it the connection.
    if (size > limit) throw tooLarge(url, limit);
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks, size);
  const decode = DECODERS[(headers.get('content-encoding') ?? '').trim().toLowerCase()];
  if (!decode || bytes.length === 0) return bytes;
  try {
    return await decode(bytes, { maxOutputLength: limit });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(url, limit);
    throw new PaycoreError('egress_network', `The answer from ${url.hostname} could not be decoded`, {
      cause,
    });
  }
}
