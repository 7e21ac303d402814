import type { VerifyFailureReason, VerifyOutcome } from '@paycore/core';
import type { ConnectionHealth } from '@paycore/webhooks';
import { parseDuration } from '../duration.js';

/**
 * What a failed verify says about the stored credentials. Only the provider's "no" counts against
 * them; a provider that cannot be reached, or a connector whose own code failed, says nothing.
 */
const HEALTH_AFTER_FAILURE: Record<
  VerifyFailureReason | 'connector_failed',
  Exclude<ConnectionHealth, 'healthy'>
> = {
  invalid_credentials: 'needs_reconnect',
  insufficient_permissions: 'needs_reconnect',
  wrong_environment: 'needs_reconnect',
  account_inactive: 'needs_reconnect',
  provider_unavailable: 'degraded',
  timeout: 'degraded',
  network_error: 'degraded',
  misconfigured: 'degraded',
  connector_failed: 'degraded',
};

/** The reason recorded when the provider's form is newer than the stored credentials. */
export const FORM_CHANGED = 'form_changed';

/** What one check found. */
export type CheckVerdict =
  | { ok: true }
  | { ok: false; health: Exclude<ConnectionHealth, 'healthy'>; reason: string; message: string };

/** The verdict of a verify outcome. */
export function verdictOf(outcome: VerifyOutcome): CheckVerdict {
  if (outcome.ok) return { ok: true };
  return {
    ok: false,
    health: HEALTH_AFTER_FAILURE[outcome.reason],
    reason: outcome.reason,
    message: outcome.message,
  };
}

/** The verdict when the stored credentials were entered under an older version of the form. */
export function formChanged(providerName: string): CheckVerdict {
  return {
    ok: false,
    health: 'needs_reconnect',
    reason: FORM_CHANGED,
    message: `${providerName} now asks for different credentials; enter them again`,
  };
}

/** The time between checks: the organisation's own setting (`6h`), or the host's. */
export function checkIntervalMs(setting: string | null | undefined, hostDefaultMs: number): number {
  return (setting ? parseDuration(setting) : undefined) ?? hostDefaultMs;
}

/** A connection's health as stored. */
export interface HealthState {
  health: ConnectionHealth;
  lastSuccessAt: string | null;
  /** Checks in a row that could not reach the provider; sets the retry delay. */
  checkFailures: number;
}

/** A health change: history and webhooks record it. */
export type HealthTransition = 'degraded' | 'needs_reconnect' | 'recovered';

/** The health after a check, when to check next, and the transition, if the health changed. */
export interface HealthUpdate extends HealthState {
  nextCheckAt: string;
  transition?: HealthTransition;
}

/**
 * ±10 % of spread, so connections made together (or retried together after an outage) do not
 * hit a provider together again on every later cycle.
 */
export function jittered(ms: number, random: () => number = Math.random): number {
  return Math.round(ms * (0.9 + 0.2 * random()));
}

/**
 * The delay before retrying a check that could not reach the provider: a minute (or an eighth of
 * a short interval) doubling with each failure in a row, never longer than the interval itself.
 */
export function retryDelay(failures: number, intervalMs: number): number {
  const first = Math.min(60_000, intervalMs / 8);
  return Math.min(intervalMs, first * 2 ** Math.max(0, failures - 1));
}

/**
 * The health after a check. An unreachable provider degrades a healthy connection and retries
 * with backoff, but never clears a known rejection: `needs_reconnect` stays until a check passes.
 */
export function nextHealth(
  previous: HealthState,
  verdict: CheckVerdict,
  now: Date,
  intervalMs: number,
  random: () => number = Math.random,
): HealthUpdate {
  const at = (ms: number) => new Date(now.getTime() + jittered(ms, random)).toISOString();
  if (verdict.ok) {
    return {
      health: 'healthy',
      lastSuccessAt: now.toISOString(),
      checkFailures: 0,
      nextCheckAt: at(intervalMs),
      ...(previous.health === 'healthy' ? {} : { transition: 'recovered' as const }),
    };
  }
  if (verdict.health === 'degraded' && previous.health !== 'needs_reconnect') {
    const failures = previous.checkFailures + 1;
    return {
      health: 'degraded',
      lastSuccessAt: previous.lastSuccessAt,
      checkFailures: failures,
      nextCheckAt: at(retryDelay(failures, intervalMs)),
      ...(previous.health === 'healthy' ? { transition: 'degraded' as const } : {}),
    };
  }
  return {
    health: 'needs_reconnect',
    lastSuccessAt: previous.lastSuccessAt,
    checkFailures: 0,
    nextCheckAt: at(intervalMs),
    ...(previous.health === 'needs_reconnect' ? {} : { transition: 'needs_reconnect' as const }),
  };
}
