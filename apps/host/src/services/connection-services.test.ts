import type { ProviderEntry } from '@paycore/registry';
import { describe, expect, it } from 'vitest';
import { applyToggles, describeServiceChanges, reconcileServices } from './connection-services.js';

const entry = {
  paymentServices: [
    { method: 'payment_card', currency: 'NGN' },
    { method: 'payment_card', currency: 'USD' },
  ],
  payoutServices: [{ method: 'bank_card', currency: 'NGN' }],
} as unknown as ProviderEntry;
const AT = '2026-12-04T10:00:00.000Z';
const ok = (discovered: object) => ({ ok: true as const, discovered });

describe('reconcileServices', () => {
  it('marks what the account lacks unavailable, with the reason, and adds what it has beyond the connector', () => {
    const services = reconcileServices(
      entry,
      ok({ paymentMethods: [{ method: 'payment_card', currencies: ['NGN', 'GHS'] }], payoutMethods: [] }),
      null,
      AT,
    );
    expect(services.items).toEqual([
      {
        direction: 'payment',
        method: 'payment_card',
        currency: 'NGN',
        source: 'account',
        available: true,
        enabled: true,
      },
      {
        direction: 'payment',
        method: 'payment_card',
        currency: 'USD',
        source: 'account',
        available: false,
        reason: expect.stringMatching(/does not take USD with/),
        enabled: false,
      },
      {
        direction: 'payout',
        method: 'bank_card',
        currency: 'NGN',
        source: 'account',
        available: false,
        reason: expect.stringMatching(/has not enabled/),
        enabled: false,
      },
      {
        direction: 'payment',
        method: 'payment_card',
        currency: 'GHS',
        source: 'account',
        available: true,
        enabled: true,
      },
    ]);
  });

  it('keeps the connector\u2019s methods for a direction the provider does not describe, checked against its currencies', () => {
    const byCurrency = reconcileServices(entry, ok({ currencies: ['NGN'] }), null, AT);
    expect(byCurrency.items.map((i) => [i.currency, i.available, i.source])).toEqual([
      ['NGN', true, 'account'],
      ['USD', false, 'account'],
      ['NGN', true, 'account'],
    ]);
    const unknown = reconcileServices(entry, ok({ paymentMethods: [{ method: 'payment_card' }] }), null, AT);
    expect(unknown.items.find((i) => i.direction === 'payout')).toMatchObject({
      source: 'manifest',
      available: true,
    });
  });

  it('keeps the merchant\u2019s switches, and what it knew when the account cannot be read again', () => {
    const first = reconcileServices(entry, ok({ currencies: ['NGN', 'USD'] }), null, AT);
    const switched = applyToggles(first, [
      { direction: 'payment', method: 'payment_card', currency: 'USD', enabled: false },
    ]);
    const again = reconcileServices(entry, ok({ currencies: ['NGN', 'USD'] }), switched, AT);
    expect(again.items.find((i) => i.currency === 'USD')?.enabled).toBe(false);
    const failed = reconcileServices(
      entry,
      { ok: false, reason: 'provider_unavailable', message: 'down', retryable: true },
      switched,
      AT,
    );
    expect(failed.items).toEqual(switched.items);
    expect(failed.note).toMatch(/could not be read again: down/);
    expect(describeServiceChanges(first, switched)).toEqual([expect.stringMatching(/in USD was disabled$/)]);
  });

  it('refuses every toggle that names no service or enables an unavailable one, applying none', () => {
    const services = reconcileServices(entry, ok({ currencies: ['NGN'] }), null, AT);
    expect(() =>
      applyToggles(services, [
        { direction: 'payment', method: 'payment_card', currency: 'USD', enabled: true },
        { direction: 'payment', method: 'sepa', currency: 'EUR', enabled: false },
      ]),
    ).toThrow(
      expect.objectContaining({
        options: expect.objectContaining({
          fields: [
            { path: '/items/0/enabled', message: expect.stringMatching(/cannot be enabled/) },
            { path: '/items/1', message: 'is not a service of this connection' },
          ],
        }),
      }),
    );
  });
});
