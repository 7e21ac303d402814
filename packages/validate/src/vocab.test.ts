import { describe, expect, it } from 'vitest';
import { main } from './vocab.js';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('paycore-vocab', () => {
  it('finds an overlay method first and says it is an overlay entry', () => {
    const result = run(['search', 'pix']);
    expect(result.code).toBe(0);
    const [first] = result.out.split('\n');
    expect(first).toMatch(/^pix\s+Pix\s+payment\s+BR\s+overlay$/);
    expect(result.out).toMatch(/^cypix\s+Cypix\s+payment\s+-\s+openfintech$/m);
  });

  it('searches by name words within one kind', () => {
    const result = run(['search', 'bank', 'transfer', '--kind', 'payout']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toMatch(/^bank_transfer\s/);
    expect(result.out).not.toMatch(/ payment /);
  });

  it('shows one code with its kind, countries and source', () => {
    const result = run(['show', 'mb_way']);
    expect(result.out).toContain('name:      MB WAY');
    expect(result.out).toContain('kind:      payment method (use it in paymentMethods)');
    expect(result.out).toContain('countries: PT');
    expect(result.out).toMatch(/source: {4}PayCore overlay — https:\/\//);
    expect(run(['show', 'payment_card']).out).toContain('source:    OpenFinTech');
  });

  it('says what to do when nothing matches, and explains its usage', () => {
    expect(run(['show', 'nope']).code).toBe(1);
    expect(run(['search', 'zzzqqq']).err).toMatch(/add it to the overlay/);
    expect(run([]).code).toBe(2);
    expect(run(['search', 'pix', '--kind', 'card']).code).toBe(2);
  });
});
