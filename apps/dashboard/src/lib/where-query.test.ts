import { describe, expect, it } from 'vitest';
import { parseWhere, whereToSearch } from './where-query';

describe('"where can I take …" in the URL', () => {
  it('reads a shared question and writes it back the same', () => {
    const search = new URLSearchParams('direction=payment&method=payment_card&currency=UAH&country=UA');
    const query = parseWhere(search);
    expect(query).toEqual({ direction: 'payment', method: 'payment_card', currency: 'UAH', country: 'UA' });
    expect(whereToSearch(query).toString()).toBe(search.toString());
  });

  it('accepts lower-case codes and drops malformed values instead of sending them', () => {
    expect(parseWhere(new URLSearchParams('currency=uah&country=ukr&direction=refund&method=a b'))).toEqual({
      direction: '',
      method: '',
      currency: 'UAH',
      country: '',
    });
  });
});
