import { describe, expect, it } from 'vitest';
import { buildData, toPlainText } from './build-data.js';

const source = {
  countries: [{ code: 'UA', name: 'Ukraine', code_alpha3: 'UKR', region: 'europe' }],
  currencies: [
    { code: 'UAH', name: { en: 'Ukrainian Hryvnia' }, type: 'national', exponent: 2 },
    { code: 'BTC', name: { en: 'BTC' }, type: 'crypto', exponent: 8 },
    { code: 'PMXAU', name: { en: 'PM gold' }, type: 'metal', exponent: 2 },
  ],
  payment_flows: [{ code: 'hpp', name: { en: 'Hosted payment page' } }],
  payment_methods: [{ code: 'card', name: { en: 'Card' }, category: 'payment_card' }],
  payout_methods: [{ code: 'card', name: { en: 'Card' }, category: 'payment_card' }],
  payment_providers: [
    { code: 'zeta', name: { en: 'Zeta' }, status: 'active', countries: ['UA', 'XX'] },
    { code: 'acme', name: { en: 'Acme' }, status: 'active', payment_method: ['card'] },
    { code: 'acme', name: { en: 'acme' }, status: 'deprecated', countries: ['UA'], payment_method: ['card'] },
  ],
};

describe('buildData', () => {
  it('sorts by code, merges duplicate codes and drops unknown references, noting both', () => {
    const { datasets, notes } = buildData(source, new Map([['acme', 'acme.svg']]));
    expect(datasets.providers).toEqual([
      {
        code: 'acme',
        name: 'Acme',
        status: 'active',
        countries: ['UA'],
        paymentMethods: ['card'],
        payoutMethods: [],
        categories: [],
        logo: 'acme.svg',
      },
      {
        code: 'zeta',
        name: 'Zeta',
        status: 'active',
        countries: ['UA'],
        paymentMethods: [],
        payoutMethods: [],
        categories: [],
      },
    ]);
    expect(notes).toEqual([
      'provider acme: 2 source records merged into one',
      'provider zeta: unknown country XX dropped',
    ]);
  });

  it('marks only national, metal and technical three-letter codes as ISO 4217', () => {
    const { datasets } = buildData(source, new Map());
    expect(datasets.currencies.map((c) => [c.code, c.iso4217])).toEqual([
      ['BTC', false],
      ['PMXAU', false],
      ['UAH', true],
    ]);
  });

  it('collects every structural problem before failing', () => {
    const broken = {
      ...source,
      payment_methods: [{ code: 'card', name: {}, category: 'payment_card' }, { name: { en: 'No code' } }],
      currencies: [{ code: 'UAH', name: { en: 'Hryvnia' }, type: 'national', exponent: '2' }],
    };
    expect(() => buildData(broken, new Map())).toThrow(
      /3 problem\(s\):\n {2}currency UAH: exponent is not an integer\n {2}payment method without a code.*\n {2}payment method card: no English name/,
    );
  });
});

describe('toPlainText', () => {
  it('strips markup, decodes entities and collapses whitespace', () => {
    expect(toPlainText('<p>Pay &amp; go</p><p>in&nbsp;one   tap&#33;</p>  ')).toBe('Pay & go in one tap!');
  });

  it('returns undefined for empty or missing text', () => {
    expect(toPlainText('  ')).toBeUndefined();
    expect(toPlainText(undefined)).toBeUndefined();
  });
});
