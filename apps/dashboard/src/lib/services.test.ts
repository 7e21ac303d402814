import { describe, expect, it } from 'vitest';
import type { ConnectionService, UsableService } from '../api/types';
import {
  byConnection,
  changedToggles,
  groupServices,
  serviceKey,
  serviceName,
  toggleErrors,
} from './services';

const service = (over: Partial<ConnectionService>): ConnectionService => ({
  direction: 'payment',
  method: 'payment_card',
  methodName: 'Cards',
  currency: 'USD',
  source: 'account',
  available: true,
  enabled: true,
  ...over,
});

describe("a connection's services", () => {
  it('groups payments before payouts, by method and flow, keeping the order they came in', () => {
    const groups = groupServices([
      service({ direction: 'payout', method: 'bank_card', methodName: 'Bank card', currency: 'UAH' }),
      service({ currency: 'UAH' }),
      service({ method: 'apple_pay', methodName: undefined, currency: 'EUR' }),
      service({ currency: 'USD' }),
      service({ currency: 'EUR', flow: 'redirect' }),
    ]);
    expect(groups.map((g) => g.direction)).toEqual(['payment', 'payout']);
    expect(groups[0]?.methods.map((m) => [m.methodName, m.flow, m.items.map((i) => i.currency)])).toEqual([
      ['Cards', undefined, ['UAH', 'USD']],
      ['Apple pay', undefined, ['EUR']],
      ['Cards', 'redirect', ['EUR']],
    ]);
  });

  it('names a service the way a merchant reads it', () => {
    expect(serviceName(service({ currency: 'UAH' }))).toBe('Cards in UAH');
    expect(serviceName(service({ flow: 'h2h', methodName: undefined }))).toBe('Payment card (H2h) in USD');
  });

  it('sends only the switches that differ from what is stored', () => {
    const items = [service({ currency: 'UAH' }), service({ currency: 'USD', enabled: false })];
    const wanted = new Map([
      [serviceKey(items[0]!), false],
      [serviceKey(items[1]!), false],
    ]);
    expect(changedToggles(items, wanted)).toEqual([
      { direction: 'payment', method: 'payment_card', currency: 'UAH', enabled: false },
    ]);
  });

  it("ties the host's field errors to the service sent at that index", () => {
    const sent = [
      { direction: 'payment' as const, method: 'payment_card', currency: 'EUR', enabled: true },
      { direction: 'payout' as const, method: 'bank_card', currency: 'UAH', enabled: true },
    ];
    const errors = toggleErrors(sent, [
      { path: '/items/1/enabled', message: 'cannot be enabled' },
      { path: '/items/7', message: 'out of range' },
      { path: '/label', message: 'not a toggle' },
    ]);
    expect([...errors]).toEqual([[serviceKey(sent[1]!), 'cannot be enabled']]);
  });

  it('lists each connection once for "where can I take …", with its matching services', () => {
    const usable = (connectionId: string, currency: string): UsableService => ({
      connectionId,
      providerId: 'stripe',
      providerName: 'Stripe',
      environment: 'sandbox',
      label: null,
      direction: 'payment',
      method: 'payment_card',
      currency,
    });
    const rows = byConnection([usable('a', 'USD'), usable('b', 'USD'), usable('a', 'EUR')]);
    expect(rows.map((r) => [r.first.connectionId, r.items.map((i) => i.currency)])).toEqual([
      ['a', ['USD', 'EUR']],
      ['b', ['USD']],
    ]);
  });
});
