import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { countries } from './countries.js';
import { PAYMENT_METHOD_CATEGORIES, PAYOUT_METHOD_CATEGORIES } from './generated/enums.js';
import { type OverlayEntry, overlayPaymentMethods, overlayPayoutMethods } from './overlay.js';
import { getPaymentMethod, paymentMethods } from './payment-methods.js';
import { getPayoutMethod } from './payout-methods.js';
import { vocabulary } from './vocabulary.js';

const require = createRequire(import.meta.url);
/** The catalogue's own codes, read from the generated files the overlay must not collide with. */
const catalogue = (file: string) =>
  new Set((require(`../data/${file}`) as { items: { code: string }[] }).items.map((item) => item.code));
const openfintechCodes = new Set([...catalogue('payment-methods.json'), ...catalogue('payout-methods.json')]);
const countryCodes = new Set(countries.map((country) => country.code));

function problemsOf(entries: readonly OverlayEntry[], categories: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const at = `overlay entry ${entry.code}`;
    if (!/^[a-z0-9][a-z0-9_]*$/.test(entry.code))
      problems.push(`${at}: code is not lower-case letters, digits and _`);
    if (seen.has(entry.code)) problems.push(`${at}: code repeated`);
    seen.add(entry.code);
    if (openfintechCodes.has(entry.code)) problems.push(`${at}: OpenFinTech already has this code`);
    if (typeof entry.name !== 'string' || entry.name.trim() === '') problems.push(`${at}: no name`);
    if (!categories.includes(entry.category))
      problems.push(`${at}: category ${entry.category} is not OpenFinTech's`);
    if (!Array.isArray(entry.countries) || entry.countries.length === 0) problems.push(`${at}: no countries`);
    for (const code of entry.countries ?? [])
      if (!countryCodes.has(code)) problems.push(`${at}: unknown country ${code}`);
    if (!/^https:\/\/[^/\s]+\.[^/\s]+/.test(entry.source ?? ''))
      problems.push(`${at}: source is not an https URL`);
    const extra = Object.keys(entry).filter(
      (k) => !['code', 'name', 'category', 'countries', 'source'].includes(k),
    );
    if (extra.length > 0) problems.push(`${at}: unknown fields ${extra.join(', ')}`);
  }
  return problems;
}

describe('vocabulary overlay', () => {
  it('has entries shaped like the catalogue, each with countries and a source, none colliding with OpenFinTech', () => {
    expect(problemsOf(overlayPaymentMethods, PAYMENT_METHOD_CATEGORIES)).toEqual([]);
    expect(problemsOf(overlayPayoutMethods, PAYOUT_METHOD_CATEGORIES)).toEqual([]);
  });

  it('covers the methods contributors asked for', () => {
    const codes = overlayPaymentMethods.map((m) => m.code);
    for (const code of ['pix', 'qris', 'ovo', 'dana', 'shopeepay', 'promptpay', 'blik', 'mb_way', 'mpesa'])
      expect(codes).toContain(code);
  });

  it('is merged into the methods and the vocabulary, marked by its source', () => {
    expect(getPaymentMethod('pix')).toEqual({
      code: 'pix',
      name: 'Pix',
      category: 'bank_transfer',
      countries: ['BR'],
      overlaySource: 'https://www.bcb.gov.br/estabilidadefinanceira/pix',
    });
    expect(getPayoutMethod('spei')).toMatchObject({ name: 'SPEI', overlaySource: expect.any(String) });
    expect(getPaymentMethod('payment_card')).not.toHaveProperty('overlaySource');
    expect(vocabulary.paymentMethods.has('qris')).toBe(true);
    expect(vocabulary.names.paymentMethods.get('qris')).toMatch(/QRIS/);
    const codes = paymentMethods.map((m) => m.code);
    expect(codes).toEqual([...codes].sort());
  });
});
