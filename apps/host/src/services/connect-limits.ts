import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiError } from '../http/errors.js';

/**
 * What connect sessions limit: `session` counts sessions an organisation creates, `check` counts
 * the checks and connects one session's page makes (each calls the provider: without a limit a
 * leaked token would be a key-checking oracle).
 */
export type ConnectLimit = 'session' | 'check';

/** Points per window of each limit. */
export const CONNECT_LIMITS: Readonly<Record<ConnectLimit, { points: number; durationSeconds: number }>> = {
  session: { points: 120, durationSeconds: 60 },
  check: { points: 20, durationSeconds: 60 },
};

// In-process for now: the host's shared limiter (rate-limiter-flexible on its own database, so
// every host counts together) replaces these two when it lands; callers only see `limitConnect`.
const limiters = new Map<ConnectLimit, RateLimiterMemory>(
  Object.entries(CONNECT_LIMITS).map(([kind, { points, durationSeconds }]) => [
    kind as ConnectLimit,
    new RateLimiterMemory({ keyPrefix: `connect_${kind}`, points, duration: durationSeconds }),
  ]),
);

/**
 * Counts one use of `limit` for `key` (an organisation id, or a connect session id); past the
 * limit it throws `429 too_many_requests` with `Retry-After`.
 */
export async function limitConnect(limit: ConnectLimit, key: string): Promise<void> {
  try {
    await limiters.get(limit)!.consume(key);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw new ApiError(
      'too_many_requests',
      limit === 'session'
        ? `Too many connect sessions created for this organisation; try again in ${seconds} s`
        : `Too many checks in this connect session; try again in ${seconds} s`,
      { headers: { 'Retry-After': String(seconds) } },
    );
  }
}
