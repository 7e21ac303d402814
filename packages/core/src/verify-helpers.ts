import type { VerifiedAccount, VerifyFailure, VerifyFailureReason, VerifyResult } from './types.js';

const RETRYABLE: ReadonlySet<VerifyFailureReason> = new Set([
  'provider_unavailable',
  'timeout',
  'network_error',
]);

/** Builds a failure result; `retryable` follows the reason unless given. */
export function failure(
  reason: VerifyFailureReason,
  message: string,
  options: { fields?: string[]; retryable?: boolean } = {},
): VerifyFailure {
  const result: VerifyFailure = {
    ok: false,
    reason,
    message,
    retryable: options.retryable ?? RETRYABLE.has(reason),
  };
  if (options.fields && options.fields.length > 0) result.fields = options.fields;
  return result;
}

/** Builds a success result, dropping account details that are undefined. */
export function success(account?: VerifiedAccount): VerifyResult {
  if (!account) return { ok: true };
  const clean: VerifiedAccount = {};
  for (const [key, value] of Object.entries(account)) if (value !== undefined) clean[key] = value;
  return { ok: true, account: clean };
}

/** Parses a response body as JSON; `undefined` when it is empty or not JSON. */
export async function readJson<T = unknown>(response: Response): Promise<T | undefined> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The value of a `Basic` Authorization header. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/**
 * The failure for a status a hook did not expect: 429 and 5xx are the provider's trouble and
 * retryable; anything else is reported as unavailable rather than guessed to be bad credentials.
 */
export function unexpectedStatus(providerName: string, status: number): VerifyFailure {
  if (status === 429)
    return failure(
      'provider_unavailable',
      `${providerName} is rate-limiting requests; try again in a minute`,
    );
  if (status >= 500)
    return failure(
      'provider_unavailable',
      `${providerName} answered with a server error (HTTP ${status}); try again later`,
    );
  return failure(
    'provider_unavailable',
    `${providerName} gave an unexpected answer (HTTP ${status}); try again later`,
  );
}
