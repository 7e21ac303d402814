import { describe, expect, it } from 'vitest';
import { limitAddress } from './client-address.js';

describe('the address limits count', () => {
  it('counts IPv4 as itself, IPv4 mapped into IPv6 as IPv4, and IPv6 by its /64', () => {
    expect(limitAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(limitAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(limitAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitAddress('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(limitAddress('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(limitAddress('unknown')).toBe('unknown');
  });
});
