import { describe, expect, it } from 'vitest';
import { createCredentialValidator } from './credentials.js';
import { exampleManifest } from './test-support/fixtures.js';

describe('createCredentialValidator', () => {
  const validate = createCredentialValidator(exampleManifest());

  it('accepts credentials that match the form', () => {
    expect(validate({ secretKey: 'sk_test_abcdefgh1234' })).toEqual([]);
  });

  it('explains a pattern failure with the field description', () => {
    expect(validate({ secretKey: 'pk_test_abcdefgh' })).toEqual([
      { pointer: '/secretKey', message: 'must match the expected format: starts with sk_test_ or sk_live_' },
    ]);
  });

  it('reports missing, unknown and mistyped fields together', () => {
    expect(validate({ accountName: 5, extra: 'x' })).toEqual([
      { pointer: '/secretKey', message: 'is required' },
      { pointer: '/extra', message: 'is not a known field' },
      { pointer: '/accountName', message: 'must be text' },
    ]);
  });

  it('refuses a body that is not an object', () => {
    expect(validate('sk_test_abcdefgh1234')).toEqual([{ pointer: '', message: 'must be an object' }]);
  });

  it('compiles a schema once and reuses the validator', () => {
    const manifest = exampleManifest();
    expect(createCredentialValidator(manifest)).toBe(createCredentialValidator(manifest));
  });

  it('shares one validator between equal forms read into different objects', () => {
    const first = exampleManifest();
    const copy = structuredClone(first.credentials.schema);
    expect(createCredentialValidator(copy)).toBe(createCredentialValidator(first));
    const other = exampleManifest();
    other.credentials.schema.required = [];
    expect(createCredentialValidator(other)).not.toBe(createCredentialValidator(first));
    expect(createCredentialValidator(other)({})).toEqual([]);
  });
});
