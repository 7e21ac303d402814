import type { Registry } from '@paycore/registry';
import type { Logger } from 'pino';
import type { Keyring } from './crypto/keyring.js';
import type { Database } from './db/database.js';
import type { Mailer } from './mail/mailer.js';
import type { Sandbox } from '@paycore/sandbox';

/** How repeated failed logins are slowed down. */
export interface LoginThrottleSettings {
  /** Failures allowed before attempts are blocked. */
  freeAttempts: number;
  /** First block; it doubles with every further failure. */
  baseBlockMs: number;
  /** Longest block. */
  maxBlockMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
}

/** Everything {@link createApp} needs; built by `createHost` from the configuration, or by tests. */
export interface AppDeps {
  db: Database;
  registry: Registry;
  keyring: Keyring;
  logger: Logger;
  settings: {
    adminEmails: readonly string[];
    dashboardDir: string;
    trustProxy?: boolean | number | string;
    /** The host's time between two checks of a connection (`PAYCORE_CHECK_INTERVAL`). */
    checkIntervalMs: number;
    /** `PAYCORE_WEBHOOKS_ALLOW_PRIVATE`: webhook URLs may be http and private addresses. */
    webhooksAllowPrivate: boolean;
  };
  loginThrottle?: Partial<LoginThrottleSettings>;
  /** Runs connector hooks in worker processes under the host's limits. */
  sandbox: Sandbox;
  /** Sends e-mail (invitations). */
  mailer: Mailer;
}
