import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  EMPTY_FILTERS,
  filtersToQuery,
  filtersToSearch,
  parseFilters,
} from './directory-query';

describe('directory filters in the URL', () => {
  it('reads a shared link back into the same filters', () => {
    const filters = parseFilters(
      new URLSearchParams('currency=uah,pln&status=ready&paymentMethod=payment_card&q=pay&direction=payout'),
    );
    expect(filters).toEqual({
      ...EMPTY_FILTERS,
      currency: ['UAH', 'PLN'],
      status: 'ready',
      direction: 'payout',
      paymentMethod: ['payment_card'],
      q: 'pay',
    });
    expect(filtersToSearch(filters).toString()).toBe(
      'q=pay&status=ready&direction=payout&paymentMethod=payment_card&currency=UAH%2CPLN',
    );
  });

  it('drops values a person could not have chosen, and repeats', () => {
    const filters = parseFilters(
      new URLSearchParams('status=maybe&direction=sideways&country=%3Cscript%3E,ua,UA,USA'),
    );
    expect(filters.status).toBe('');
    expect(filters.direction).toBe('');
    expect(filters.country).toEqual(['UA']);
  });

  it('leaves empty filters out of the link and counts the set ones', () => {
    const filters = { ...EMPTY_FILTERS, q: '  ', country: ['UA'], payoutMethod: ['bank_card', 'card'] };
    expect(filtersToSearch(filters).toString()).toBe('payoutMethod=bank_card%2Ccard&country=UA');
    expect(activeFilterCount(filters)).toBe(2);
  });

  it('asks the host with comma-separated lists', () => {
    const filters = { ...EMPTY_FILTERS, q: ' pay ', direction: 'payment' as const, currency: ['UAH', 'EUR'] };
    expect(filtersToQuery(filters)).toEqual({ q: 'pay', direction: 'payment', currency: 'UAH,EUR' });
  });
});
