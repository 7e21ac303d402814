import type { Registry } from '@paycore/registry';
import type { Logger } from 'pino';
import type { Keyring } from './crypto/keyring.js';
import type { Database } from './db/database.js';
import type { Sandbox } from '@paycore/sandbox';
import type { Mailer } from './mail/mailer.js';
import type { RateLimiter } from './security/rate-limits.js';

/** Everything {@link createApp} needs; built by `createHost` from the configuration, or by tests. */
export interface AppDeps {
  db: Database;
  registry: Registry;
  keyring: Keyring;
  logger: Logger;
  settings: {
    adminEmails: readonly string[];
    dashboardDir: string;
    /** Express `trust proxy`: a hop count or trusted addresses; never `true` (see config). */
    trustProxy?: number | string | false;
    /** The origin e-mailed links point to (`PAYCORE_PUBLIC_URL`); never taken from a request. */
    publicUrl: string;
    /** The host's time between two checks of a connection (`PAYCORE_CHECK_INTERVAL`). */
    checkIntervalMs: number;
    /** `PAYCORE_WEBHOOKS_ALLOW_PRIVATE`: webhook URLs may be http and private addresses. */
    webhooksAllowPrivate: boolean;
  };
  /** Sign-in, sign-up, e-mail and check limits, counted in the database. */
  rateLimiter: RateLimiter;
  /** Verification, password-reset and invitation e-mail. */
  mailer: Mailer;
  /** Runs connector hooks in worker processes under the host's limits. */
  sandbox: Sandbox;
}
