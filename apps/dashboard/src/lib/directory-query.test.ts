import { describe, expect, it } from 'vitest';
import { activeFilterCount, EMPTY_FILTERS, filtersToSearch, parseFilters } from './directory-query';

describe('directory filters in the URL', () => {
  it('reads a shared link back into the same filters', () => {
    const filters = parseFilters(
      new URLSearchParams('currency=uah&status=ready&paymentMethod=payment_card&q=pay'),
    );
    expect(filters).toEqual({
      ...EMPTY_FILTERS,
      currency: 'UAH',
      status: 'ready',
      paymentMethod: 'payment_card',
      q: 'pay',
    });
    expect(filtersToSearch(filters).toString()).toBe(
      'q=pay&status=ready&paymentMethod=payment_card&currency=UAH',
    );
  });

  it('drops values a person could not have chosen', () => {
    const filters = parseFilters(new URLSearchParams('status=maybe&country=%3Cscript%3E'));
    expect(filters.status).toBe('');
    expect(filters.country).toBe('');
  });

  it('leaves empty filters out of the link and counts the set ones', () => {
    const filters = { ...EMPTY_FILTERS, q: '  ', country: 'UA', payoutMethod: 'bank_card' };
    expect(filtersToSearch(filters).toString()).toBe('payoutMethod=bank_card&country=UA');
    expect(activeFilterCount(filters)).toBe(2);
  });
});
