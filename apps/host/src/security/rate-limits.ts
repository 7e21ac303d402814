import { createHash } from 'node:crypto';
import { RateLimiterPostgres, type RateLimiterRes, RateLimiterSQLite } from 'rate-limiter-flexible';
import type { Database } from '../db/database.js';
import { ApiError } from '../http/errors.js';

/** One limit: at most `points` attempts per `durationMs`; past it, refused until the window ends. */
export interface RateLimit {
  points: number;
  durationMs: number;
}

/**
 * Every limit the host applies, with its default and what it counts. The one place a limit is
 * named: routes consume by these names, `PAYCORE_RATE_LIMITS` overrides them by these names, and
 * the README's table lists them.
 */
export const RATE_LIMITS = {
  /** Sign-in attempts for one e-mail address, from any client address; a success is given back. */
  login_account: {
    points: 5,
    durationMs: 15 * 60_000,
    refused: 'Too many sign-in attempts for this account',
  },
  /** Sign-in attempts from one client address, for any e-mail; a success is given back. */
  login_address: {
    points: 30,
    durationMs: 15 * 60_000,
    refused: 'Too many sign-in attempts from your address',
  },
  /** Sign-ups from one client address. */
  signup_address: { points: 10, durationMs: 60 * 60_000, refused: 'Too many sign-ups from your address' },
  /** Password-reset and verification e-mails asked for one address. */
  mail_account: { points: 3, durationMs: 60 * 60_000, refused: 'Too many e-mails asked for this address' },
  /** Password-reset and verification e-mails asked from one client address. */
  mail_address: { points: 10, durationMs: 60 * 60_000, refused: 'Too many e-mails asked from your address' },
  /** Credential checks (`POST …/connections/check`) of one organisation. */
  check_org: { points: 30, durationMs: 60_000, refused: 'Too many credential checks for this organisation' },
  /** Credential checks from one client address, across organisations. */
  check_address: { points: 60, durationMs: 60_000, refused: 'Too many credential checks from your address' },
  /** Two-factor codes tried for one pending sign-in or one account. */
  two_factor_account: { points: 5, durationMs: 15 * 60_000, refused: 'Too many two-factor codes tried' },
  /** Invitations sent by one organisation. */
  invite_org: {
    points: 50,
    durationMs: 60 * 60_000,
    refused: 'Too many invitations sent by this organisation',
  },
  /** Invitations sent from one client address. */
  invite_address: {
    points: 100,
    durationMs: 60 * 60_000,
    refused: 'Too many invitations sent from your address',
  },
  /** Connect sessions created by one organisation (a platform's server). */
  connect_session_org: {
    points: 120,
    durationMs: 60_000,
    refused: 'Too many connect sessions created for this organisation',
  },
  /** Checks and connects made on one connect session's page (each calls the provider). */
  connect_check_session: {
    points: 20,
    durationMs: 60_000,
    refused: 'Too many checks in this connect session',
  },
  /** Checks and connects on connect pages from one client address, across sessions. */
  connect_check_address: {
    points: 60,
    durationMs: 60_000,
    refused: 'Too many connect-page checks from your address',
  },
} as const satisfies Record<string, RateLimit & { refused: string }>;

/** The name of a limit in {@link RATE_LIMITS}. */
export type RateLimitName = keyof typeof RATE_LIMITS;

/** Every limit's name. */
export const RATE_LIMIT_NAMES = Object.keys(RATE_LIMITS) as RateLimitName[];

/** Limits that replace the defaults (from `PAYCORE_RATE_LIMITS`, or a test). */
export type RateLimitOverrides = Partial<Record<RateLimitName, RateLimit>>;

/** One thing to count: a limit and the key it is counted under (an e-mail, an address, an org id). */
export type RateLimitKey = readonly [RateLimitName, string];

/** Counts attempts in the host's own database, so every host sharing it sees the same counts. */
export interface RateLimiter {
  /**
   * Counts one attempt under every given key, atomically per key, before the work it guards;
   * throws `too_many_requests` (429, `Retry-After`) when any of them is over its limit.
   */
  consume(...keys: RateLimitKey[]): Promise<void>;
  /** Gives back one attempt counted under `key` (a sign-in that succeeded does not count). */
  refund(...keys: RateLimitKey[]): Promise<void>;
  /** Forgets what was counted under `key`. */
  reset(...keys: RateLimitKey[]): Promise<void>;
  /** Stops the clean-up of expired counters. */
  close(): void;
}

const TABLE = 'rate_limits';
const CLEAN_EVERY_MS = 5 * 60_000;

/**
 * Builds the limiter over rate-limiter-flexible's SQLite (better-sqlite3) or PostgreSQL store,
 * on the `rate_limits` table the migrations create. Keys are hashed, so an e-mail address is not
 * stored in clear and every key fits the column.
 */
export function createRateLimiter(db: Database, overrides: RateLimitOverrides = {}): RateLimiter {
  const native = db.native;
  const run = <T>(fn: () => Promise<T>): Promise<T> =>
    native.dialect === 'sqlite' ? native.exclusive(fn) : fn();
  const limiters = new Map<RateLimitName, RateLimiterSQLite | RateLimiterPostgres>();
  for (const name of RATE_LIMIT_NAMES) {
    const limit = overrides[name] ?? RATE_LIMITS[name];
    const options = {
      keyPrefix: name,
      tableName: TABLE,
      tableCreated: true,
      clearExpiredByTimeout: false,
      points: limit.points,
      duration: Math.max(1, Math.ceil(limit.durationMs / 1000)),
    };
    limiters.set(
      name,
      native.dialect === 'sqlite'
        ? new RateLimiterSQLite({ ...options, storeClient: native.handle, storeType: 'better-sqlite3' })
        : new RateLimiterPostgres({ ...options, storeClient: native.pool, storeType: 'pool' }),
    );
  }
  const limiter = (name: RateLimitName) => limiters.get(name)!;
  const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');

  // Expired counters are deleted here rather than by the library's own timer, which on SQLite
  // would reject unhandled once the database is closed.
  const cleaner = setInterval(() => {
    db.run(`DELETE FROM ${TABLE} WHERE expire < ?`, [Date.now() - 3_600_000]).catch(() => undefined);
  }, CLEAN_EVERY_MS);
  cleaner.unref();

  return {
    async consume(...keys) {
      const outcomes = await Promise.allSettled(
        keys.map(([name, key]) => run(() => limiter(name).consume(hashed(key)))),
      );
      let refused: { name: RateLimitName; ms: number } | undefined;
      for (const [index, outcome] of outcomes.entries()) {
        if (outcome.status === 'fulfilled') continue;
        if (outcome.reason instanceof Error) throw outcome.reason;
        const ms = (outcome.reason as RateLimiterRes).msBeforeNext;
        if (!refused || ms > refused.ms) refused = { name: keys[index]![0], ms };
      }
      if (refused) {
        const seconds = Math.max(1, Math.ceil(refused.ms / 1000));
        throw new ApiError(
          'too_many_requests',
          `${RATE_LIMITS[refused.name].refused}; try again in ${seconds} s`,
          {
            headers: { 'Retry-After': String(seconds) },
          },
        );
      }
    },
    async refund(...keys) {
      await Promise.all(keys.map(([name, key]) => run(() => limiter(name).reward(hashed(key), 1))));
    },
    async reset(...keys) {
      await Promise.all(keys.map(([name, key]) => run(() => limiter(name).delete(hashed(key)))));
    },
    close() {
      clearInterval(cleaner);
    },
  };
}

/**
 * Reads `PAYCORE_RATE_LIMITS`: `name=points/duration` pairs separated by commas, e.g.
 * `login_account=10/15m,check_org=100/1m`. Every problem is returned, naming the pair.
 */
export function parseRateLimits(
  text: string,
  parseDuration: (text: string) => number | undefined,
): { ok: true; limits: RateLimitOverrides } | { ok: false; errors: string[] } {
  const limits: RateLimitOverrides = {};
  const errors: string[] = [];
  for (const pair of text.split(/[\s,]+/).filter((part) => part !== '')) {
    const match = /^([a-z_]+)=(\d{1,7})\/(\S+)$/.exec(pair);
    const name = match?.[1] as RateLimitName | undefined;
    const durationMs = match ? parseDuration(match[3]!) : undefined;
    if (!match || name === undefined || !(name in RATE_LIMITS)) {
      errors.push(`"${pair}" must be name=points/duration with a name among ${RATE_LIMIT_NAMES.join(', ')}`);
    } else if (Number(match[2]) < 1 || durationMs === undefined || durationMs < 1000) {
      errors.push(`"${pair}": points must be 1 or more and the duration like 15m, 1h or 30s (1 s or more)`);
    } else {
      limits[name] = { points: Number(match[2]), durationMs };
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, limits };
}
