import { describe, expect, it } from 'vitest';
import { looksSecret, maskSecret, scrubSecrets, scrubValue, secretValues } from './secrets.js';
import { exampleManifest } from './test-support/fixtures.js';

describe('secrets', () => {
  it('recognises secret-looking names', () => {
    for (const name of [
      'secretKey',
      'api_key',
      'password',
      'accessToken',
      'merchantSignature',
      'private_key',
    ]) {
      expect(looksSecret(name), name).toBe(true);
    }
    for (const name of ['merchantAccount', 'publicKey', 'public_key', 'key_id', 'apiLoginId', 'clientKey']) {
      expect(looksSecret(name), name).toBe(false);
    }
  });

  it('collects the secret values of writeOnly fields only, longest first', () => {
    const { schema } = exampleManifest().credentials;
    expect(secretValues(schema, { secretKey: 'sk_test_123456789', accountName: 'Acme' })).toEqual([
      'sk_test_123456789',
    ]);
  });

  it('scrubs secrets from text and nested values', () => {
    const secrets = ['sk_test_123456789'];
    expect(scrubSecrets('bad key sk_test_123456789!', secrets)).toBe('bad key [redacted]!');
    expect(scrubValue({ a: ['x sk_test_123456789'], n: 1 }, secrets)).toEqual({ a: ['x [redacted]'], n: 1 });
  });

  it('masks long secrets to their last four characters and short ones entirely', () => {
    expect(maskSecret('sk_test_123456789')).toBe('••••6789');
    expect(maskSecret('test')).toBe('••••');
  });
});
