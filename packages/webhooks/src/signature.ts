import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookEvent } from './event-types.js';

/** The header that carries the signature (HTTP headers are case-insensitive). */
export const SIGNATURE_HEADER = 'PayCore-Signature';

/** How old a signed timestamp may be by default: long enough for clock skew, short against replays. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Why a webhook was refused. */
export type WebhookSignatureErrorCode =
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_out_of_tolerance'
  | 'signature_mismatch'
  | 'malformed_body';

/** A webhook that must not be trusted; `code` says why, the message says what to check. */
export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';
  constructor(
    readonly code: WebhookSignatureErrorCode,
    message: string,
  ) {
    super(message);
  }
}

type Body = string | Uint8Array;

function hmac(secret: string, timestamp: number, rawBody: Body): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();
}

/**
 * The `PayCore-Signature` value for a body: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`,
 * one `v1` per secret (while a rotated secret is still honoured, both sign).
 */
export function signatureHeader(
  rawBody: Body,
  secrets: string | readonly string[],
  timestamp: number = Math.floor(Date.now() / 1000),
): string {
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  return [
    `t=${timestamp}`,
    ...list.map((secret) => `v1=${hmac(secret, timestamp, rawBody).toString('hex')}`),
  ].join(',');
}

/** Options of {@link verifySignature}. */
export interface VerifyOptions {
  /** How far the signed time may be from now, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The current time in unix seconds; for tests. */
  now?: number;
}

function parseHeader(header: string): { timestamp: number; signatures: Buffer[] } {
  let timestamp: number | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    // Other schemes (a future v2) are skipped, so a receiver keeps working while PayCore adds one.
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(Buffer.from(value, 'hex'));
  }
  if (timestamp === undefined || signatures.length === 0)
    throw new WebhookSignatureError(
      'malformed_header',
      `${SIGNATURE_HEADER} must look like "t=<unix seconds>,v1=<64 hex digits>"`,
    );
  return { timestamp, signatures };
}

/**
 * Checks that `rawBody` was signed by PayCore with `secret` (or any of several, while rotating)
 * within `toleranceSeconds`, and returns the parsed event. Pass the body exactly as received —
 * bytes or text, before any JSON parsing. Throws {@link WebhookSignatureError} otherwise.
 */
export function verifySignature(
  rawBody: Body,
  header: string | readonly string[] | null | undefined,
  secret: string | readonly string[],
  options: VerifyOptions = {},
): WebhookEvent {
  const value = Array.isArray(header) ? header.join(',') : (header as string | null | undefined);
  if (!value)
    throw new WebhookSignatureError('missing_header', `The request has no ${SIGNATURE_HEADER} header`);
  const { timestamp, signatures } = parseHeader(value);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > tolerance)
    throw new WebhookSignatureError(
      'timestamp_out_of_tolerance',
      `The signature was made ${now - timestamp} s from now, more than the ${tolerance} s allowed: a replay, or a clock that is off`,
    );
  const secrets = typeof secret === 'string' ? [secret] : secret;
  const matched = secrets.some((one) => {
    const expected = hmac(one, timestamp, rawBody);
    return signatures.some((given) => timingSafeEqual(expected, given));
  });
  if (!matched)
    throw new WebhookSignatureError(
      'signature_mismatch',
      'No signature matches: check the endpoint secret, and pass the raw body, not re-serialised JSON',
    );
  try {
    return JSON.parse(typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody).toString('utf8'));
  } catch {
    throw new WebhookSignatureError('malformed_body', 'The signed body is not JSON');
  }
}
