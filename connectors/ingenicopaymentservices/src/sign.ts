import { createHmac } from 'node:crypto';

/** What the GCS v1HMAC signature covers in one request. */
export interface SignedParts {
  /** The HTTP method, e.g. `GET`. */
  method: string;
  /** The Content-Type header as sent, or `''` when the request has none (a GET). */
  contentType: string;
  /** The Date header as sent, in RFC 1123 form (`Fri, 06 Jun 2014 13:39:43 GMT`). */
  date: string;
  /** The request's headers by name; only those whose name starts with `X-GCS` are signed. */
  gcsHeaders?: Readonly<Record<string, string>>;
  /** The path with its decoded query string, e.g. `/v2/MyShop/services/testconnection`. */
  resource: string;
}

// A line break and the blanks after it, which a header value must not keep (folded headers).
const FOLD = /\r?\n[^\S\r\n]*/g;

/**
 * The text Worldline signs: the method, the content type, the date, each `X-GCS-*` header as
 * `name:value` (names lower-case and sorted, values unfolded and trimmed), then the resource, each
 * followed by a line feed.
 */
export function stringToSign(parts: SignedParts): string {
  const gcs = Object.entries(parts.gcsHeaders ?? {})
    .map(([name, value]) => [name.toLowerCase(), value.replace(FOLD, ' ').trim()] as const)
    .filter(([name]) => name.startsWith('x-gcs'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}:${value}\n`)
    .join('');
  return `${parts.method.toUpperCase()}\n${parts.contentType}\n${parts.date}\n${gcs}${parts.resource}\n`;
}

/** The GCS v1HMAC signature: HMAC-SHA256 of {@link stringToSign}, keyed with the API Secret, in base64. */
export function sign(secretApiKey: string, parts: SignedParts): string {
  return createHmac('sha256', secretApiKey).update(stringToSign(parts), 'utf8').digest('base64');
}

/** The `Authorization` header value: `GCS v1HMAC:<API Key>:<signature>`. */
export function authorizationHeader(apiKeyId: string, signature: string): string {
  return `GCS v1HMAC:${apiKeyId}:${signature}`;
}
