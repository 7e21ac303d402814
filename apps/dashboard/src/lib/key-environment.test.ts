import { describe, expect, it } from 'vitest';
import type { EnvironmentInfo } from '../api/types';
import { environmentFromKeys } from './key-environment';

const stripe: EnvironmentInfo[] = [
  {
    name: 'sandbox',
    label: 'Test mode',
    hosts: ['api.stripe.com'],
    keyPrefixes: { secretKey: ['sk_test_', 'rk_test_'], publishableKey: ['pk_test_'] },
  },
  {
    name: 'live',
    label: 'Live mode',
    hosts: ['api.stripe.com'],
    keyPrefixes: { secretKey: ['sk_live_', 'rk_live_'], publishableKey: ['pk_live_'] },
  },
];

describe('the environment a key shows', () => {
  it('reads it from the prefixes the manifest declares', () => {
    expect(environmentFromKeys({ secretKey: 'sk_live_abc' }, stripe)).toEqual({
      environment: 'live',
      field: 'secretKey',
      prefix: 'sk_live_',
    });
    expect(
      environmentFromKeys({ secretKey: ' rk_test_abc', publishableKey: 'pk_test_1' }, stripe)?.environment,
    ).toBe('sandbox');
  });

  it('says nothing when no key shows it, or keys disagree', () => {
    expect(environmentFromKeys({ secretKey: 'sk_' }, stripe)).toBeUndefined();
    expect(
      environmentFromKeys({ secretKey: 'sk_live_a', publishableKey: 'pk_test_b' }, stripe),
    ).toBeUndefined();
    expect(
      environmentFromKeys({ secretKey: 'sk_live_a' }, [{ name: 'live', label: 'Live', hosts: [] }]),
    ).toBeUndefined();
  });
});
