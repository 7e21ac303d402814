import { createHmac, randomBytes } from 'node:crypto';

/** What one signature covers, as Rapyd's "Request Signatures" page names the parts. */
export interface SignatureInput {
  /** The HTTP method; Rapyd signs it in lower case. */
  method: string;
  /** The URL after the host, starting with /v1, with `?` and the query string when there is one. */
  urlPath: string;
  salt: string;
  /** Unix time in seconds, as sent in the `timestamp` header. */
  timestamp: string;
  accessKey: string;
  secretKey: string;
  /** The JSON body exactly as sent, or the empty string when there is none (a GET). */
  body: string;
}

/**
 * Rapyd's request signature: BASE64(HMAC-SHA256(http_method + url_path + salt + timestamp +
 * access_key + secret_key + body_string)), keyed with the secret key. The HMAC is taken as its
 * lower-case hex digest, and the base64 is of those 64 hex characters, as in every one of Rapyd's
 * own signing samples.
 */
export function signRequest(input: SignatureInput): string {
  const toSign =
    input.method.toLowerCase() +
    input.urlPath +
    input.salt +
    input.timestamp +
    input.accessKey +
    input.secretKey +
    input.body;
  const hex = createHmac('sha256', input.secretKey).update(toSign, 'utf8').digest('hex');
  return Buffer.from(hex, 'utf8').toString('base64');
}

/** A fresh salt: 16 hex characters, the top of Rapyd's recommended 8 to 16. */
export function newSalt(): string {
  return randomBytes(8).toString('hex');
}

/**
 * The request's timestamp, a few seconds in the past. Rapyd rejects a timestamp in the future or
 * older than 60 seconds; its own Postman collection subtracts ten seconds so that a clock running
 * slightly ahead of Rapyd's is still accepted.
 */
export function requestTimestamp(now: number = Date.now()): string {
  return String(Math.floor(now / 1000) - 10);
}
