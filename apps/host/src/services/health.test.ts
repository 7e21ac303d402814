import { describe, expect, it } from 'vitest';
import { formChanged, type HealthState, nextHealth, retryDelay, verdictOf } from './health.js';

const NOW = new Date('2027-01-15T08:00:00.000Z');
const DAY = 86_400_000;
const healthy: HealthState = {
  health: 'healthy',
  lastSuccessAt: '2027-01-14T08:00:00.000Z',
  checkFailures: 0,
};
const unreachable = verdictOf({ ok: false, reason: 'timeout', message: 'slow', retryable: true });
const rejected = verdictOf({ ok: false, reason: 'invalid_credentials', message: 'no', retryable: false });
const ok = verdictOf({ ok: true });
const middle = () => 0.5;

describe('connection health after a check', () => {
  it('degrades on an unreachable provider and retries sooner, doubling, without touching the credentials', () => {
    const first = nextHealth(healthy, unreachable, NOW, DAY, middle);
    expect(first).toMatchObject({ health: 'degraded', transition: 'degraded', checkFailures: 1 });
    expect(first.lastSuccessAt).toBe(healthy.lastSuccessAt);
    expect(Date.parse(first.nextCheckAt) - NOW.getTime()).toBe(60_000);
    const second = nextHealth(first, unreachable, NOW, DAY, middle);
    expect(second.transition).toBeUndefined();
    expect(Date.parse(second.nextCheckAt) - NOW.getTime()).toBe(120_000);
    expect(retryDelay(30, DAY)).toBe(DAY);
    expect(retryDelay(1, 2_000)).toBe(250);
  });

  it('counts a connector fault and a broken connector like an unreachable provider', () => {
    const fault = verdictOf({
      ok: false,
      reason: 'connector_failed',
      fault: 'crash',
      message: 'boom',
      retryable: false,
    });
    expect(nextHealth(healthy, fault, NOW, DAY).health).toBe('degraded');
    expect(
      nextHealth(
        healthy,
        verdictOf({ ok: false, reason: 'misconfigured', message: 'x', retryable: false }),
        NOW,
        DAY,
      ).health,
    ).toBe('degraded');
  });

  it('asks for a reconnect when the provider rejects the credentials or the form changed', () => {
    for (const reason of [
      'invalid_credentials',
      'insufficient_permissions',
      'account_inactive',
      'wrong_environment',
    ] as const) {
      expect(
        nextHealth(healthy, verdictOf({ ok: false, reason, message: 'no', retryable: false }), NOW, DAY),
      ).toMatchObject({
        health: 'needs_reconnect',
        transition: 'needs_reconnect',
      });
    }
    expect(nextHealth(healthy, formChanged('Stripe'), NOW, DAY).health).toBe('needs_reconnect');
  });

  it('keeps needs_reconnect while the provider is unreachable, and checks at the normal interval', () => {
    const broken = nextHealth(healthy, rejected, NOW, DAY, middle);
    const down = nextHealth(broken, unreachable, NOW, DAY, middle);
    expect(down).toMatchObject({ health: 'needs_reconnect', checkFailures: 0 });
    expect(down.transition).toBeUndefined();
    expect(Date.parse(down.nextCheckAt) - NOW.getTime()).toBe(DAY);
  });

  it('recovers from either state on the first check that passes', () => {
    const degraded = nextHealth(healthy, unreachable, NOW, DAY);
    expect(nextHealth(degraded, ok, NOW, DAY)).toMatchObject({
      health: 'healthy',
      transition: 'recovered',
      checkFailures: 0,
      lastSuccessAt: NOW.toISOString(),
    });
    expect(nextHealth(nextHealth(healthy, rejected, NOW, DAY), ok, NOW, DAY).transition).toBe('recovered');
    expect(nextHealth(healthy, ok, NOW, DAY).transition).toBeUndefined();
  });

  it('spreads the next check ±10 % around the interval', () => {
    const low = nextHealth(healthy, ok, NOW, DAY, () => 0);
    const high = nextHealth(healthy, ok, NOW, DAY, () => 1);
    expect(Date.parse(low.nextCheckAt) - NOW.getTime()).toBe(Math.round(0.9 * DAY));
    expect(Date.parse(high.nextCheckAt) - NOW.getTime()).toBe(Math.round(1.1 * DAY));
  });
});
