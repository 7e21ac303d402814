import { describe, expect, it } from 'vitest';
import { compareEntries } from './directory.js';
import { createProviderIndex } from './index-providers.js';
import type { ProviderEntry } from './types.js';

function entry(id: string, fields: Partial<ProviderEntry>): ProviderEntry {
  return {
    id,
    name: id,
    status: 'not-ready',
    description: '',
    countries: [],
    paymentMethods: [],
    payoutMethods: [],
    paymentServices: [],
    payoutServices: [],
    currencies: [],
    source: 'openfintech',
    ...fields,
  };
}

const entries = [
  entry('cardpay', {
    name: 'CardPay',
    status: 'ready',
    source: 'connector',
    countries: ['UA', 'PL'],
    paymentMethods: ['payment_card'],
    payoutMethods: ['bank_card'],
    paymentServices: [{ method: 'payment_card', currency: 'EUR' }],
    payoutServices: [{ method: 'bank_card', currency: 'UAH' }],
    currencies: ['EUR', 'UAH'],
    description: 'Cards everywhere, payouts to Ukrainian cards.',
  }),
  entry('euro-cards', {
    name: 'Euro Cards',
    status: 'ready',
    source: 'connector',
    countries: ['DE'],
    paymentMethods: ['payment_card'],
    payoutMethods: ['bank_card'],
    paymentServices: [{ method: 'payment_card', currency: 'UAH' }],
    payoutServices: [{ method: 'bank_card', currency: 'EUR' }],
    currencies: ['EUR', 'UAH'],
  }),
  entry('wirely', {
    name: 'Wirely',
    status: 'ready',
    source: 'connector',
    countries: ['UA'],
    payoutMethods: ['wiretransfer', 'bank_card'],
    payoutServices: [
      { method: 'wiretransfer', currency: 'UAH' },
      { method: 'bank_card', currency: 'USD' },
    ],
    currencies: ['UAH', 'USD'],
    description: 'Bank wires for marketplaces.',
  }),
  entry('przelewy', { name: 'Przelewy Zürich', countries: ['PL'], paymentMethods: ['przelewy24'] }),
  entry('liqpay', {
    name: 'LiqPay',
    countries: ['UA'],
    paymentMethods: ['payment_card'],
    payoutMethods: ['bank_card'],
  }),
].sort(compareEntries);

const index = createProviderIndex(entries);
const ids = (filter: Parameters<typeof index.query>[0]) => index.query(filter).items.map((e) => e.id);

describe('createProviderIndex', () => {
  it('answers everything in directory order without filters', () => {
    expect(index.query()).toMatchObject({ total: 5 });
    expect(ids({})).toEqual(['cardpay', 'euro-cards', 'wirely', 'liqpay', 'przelewy']);
  });

  it('finds ready providers that pay out to cards in UAH from the payout services', () => {
    expect(ids({ status: 'ready', payoutMethod: 'bank_card', currency: 'UAH' })).toEqual(['cardpay']);
    expect(ids({ status: 'ready', payoutMethod: 'bank_card' })).toEqual(['cardpay', 'euro-cards', 'wirely']);
    expect(ids({ paymentMethod: 'payment_card', currency: 'UAH' })).toEqual(['euro-cards']);
  });

  it('matches currency by direction, or by any service', () => {
    expect(ids({ currency: 'UAH' })).toEqual(['cardpay', 'euro-cards', 'wirely']);
    expect(ids({ currency: 'UAH', direction: 'payment' })).toEqual(['euro-cards']);
    expect(ids({ currency: 'UAH', direction: 'payout' })).toEqual(['cardpay', 'wirely']);
  });

  it('intersects status, country and direction', () => {
    expect(ids({ country: 'UA', direction: 'payment' })).toEqual(['cardpay', 'liqpay']);
    expect(ids({ country: 'UA', status: 'not-ready' })).toEqual(['liqpay']);
    expect(ids({ country: 'PL', direction: 'payout' })).toEqual(['cardpay']);
    expect(ids({ country: 'FR' })).toEqual([]);
  });

  it('searches names and ids by substring and descriptions by word, ignoring case and accents', () => {
    expect(ids({ q: 'pay' })).toEqual(['cardpay', 'liqpay']);
    expect(ids({ q: 'EURO-C' })).toEqual(['euro-cards']);
    expect(ids({ q: 'zurich' })).toEqual(['przelewy']);
    expect(ids({ q: 'market' })).toEqual(['wirely']);
    expect(ids({ q: 'ukrainian payouts' })).toEqual(['cardpay']);
    expect(ids({ q: 'wires', status: 'not-ready' })).toEqual([]);
    expect(ids({ q: '  ' })).toHaveLength(5);
  });

  it('matches any of several values within a filter and every filter across them', () => {
    expect(ids({ country: ['UA', 'PL'], direction: 'payment', status: 'not-ready' })).toEqual([
      'liqpay',
      'przelewy',
    ]);
    expect(ids({ paymentMethod: ['przelewy24', 'payment_card'], country: 'PL' })).toEqual([
      'cardpay',
      'przelewy',
    ]);
    expect(ids({ payoutMethod: 'bank_card', currency: ['UAH', 'EUR'] })).toEqual(['cardpay', 'euro-cards']);
    expect(ids({ payoutMethod: ['bank_card', 'wiretransfer'], currency: 'UAH' })).toEqual([
      'cardpay',
      'wirely',
    ]);
    expect(ids({ currency: ['UAH'], direction: 'payment' })).toEqual(['euro-cards']);
    expect(ids({ country: [] })).toEqual([]);
  });

  it('pages after filtering', () => {
    expect(index.query({ status: 'ready', offset: 1, limit: 1 })).toEqual({ total: 3, items: [entries[1]] });
    expect(index.query({ offset: 4, limit: 10 }).items.map((e) => e.id)).toEqual(['przelewy']);
  });
});
