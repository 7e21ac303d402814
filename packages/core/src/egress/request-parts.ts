/** A hook's request as the safe fetch sends it: lower-case header names and the body as bytes. */
export interface RequestParts {
  headers: Record<string, string>;
  body: Buffer | undefined;
}

// What fetch sends unless the caller says otherwise.
const DEFAULT_HEADERS: Readonly<Record<string, string>> = {
  accept: '*/*',
  'accept-encoding': 'gzip, deflate, br',
  'user-agent': 'PayCore',
};

// Set by the agent alone: a hook must not aim a request at another virtual host (`host`) or
// frame the message itself.
const FRAMING_HEADERS = new Set([
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
 * The request's headers (fetch's defaults filled in, framing headers dropped) and its body as
 * bytes, with the content type fetch would give a string or form body. A GET or HEAD with a body
 * is a `TypeError`, as in fetch.
 */
export async function requestParts(init: RequestInit, method: string): Promise<RequestParts> {
  const headers: Record<string, string> = { ...DEFAULT_HEADERS };
  new Headers(init.headers).forEach((value, name) => {
    if (!FRAMING_HEADERS.has(name)) headers[name] = value;
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
  return { headers, body };
}

/** The parts of a request turned into a GET by a redirect: no body, so no content type. */
export function withoutBody(parts: RequestParts): RequestParts {
  const { 'content-type': _type, ...headers } = parts.headers;
  return { headers, body: undefined };
}
