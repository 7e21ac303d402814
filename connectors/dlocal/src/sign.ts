import { createHmac } from 'node:crypto';

/** The scheme and hash dLocal expects in front of the signature. */
export const SIGNATURE_SCHEME = 'V2-HMAC-SHA256';

/**
 * dLocal's request signature: HMAC-SHA256, keyed with the secret key, over `X-Login + X-Date +
 * body` concatenated without separators (the body is the empty string for a GET), as lower-case hex.
 */
export function signRequest(secretKey: string, xLogin: string, xDate: string, body: string): string {
  return createHmac('sha256', secretKey)
    .update(xLogin + xDate + body, 'utf8')
    .digest('hex');
}

/** The `Authorization` header value that carries a signature. */
export function authorizationHeader(signature: string): string {
  return `${SIGNATURE_SCHEME}, Signature: ${signature}`;
}
