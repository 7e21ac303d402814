import type { RJSFValidationError } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import type { CredentialSchema } from '../api/types';
import {
  buildUiSchema,
  plainErrors,
  replaceSchema,
  splitFieldErrors,
  storedPlainValues,
  verifyFieldErrors,
  withoutBlanks,
} from './credential-form';

const stripe: CredentialSchema = {
  type: 'object',
  required: ['secretKey'],
  properties: {
    secretKey: {
      type: 'string',
      title: 'Secret key',
      description: 'starts with sk_test_ or sk_live_',
      pattern: '^sk_(test|live)_[0-9A-Za-z]{16,}$',
      writeOnly: true,
      examples: ['sk_test_51H…'],
    },
    publishableKey: { type: 'string', title: 'Publishable key', examples: ['pk_test_51H…'] },
  },
};

describe('the credential form', () => {
  it('masks secrets and turns descriptions and examples into help and placeholders', () => {
    const ui = buildUiSchema(stripe);
    expect(ui.secretKey).toMatchObject({
      'ui:widget': 'password',
      'ui:help': 'Starts with sk_test_ or sk_live_.',
      'ui:placeholder': 'e.g. sk_test_51H…',
    });
    expect(ui.publishableKey).not.toHaveProperty('ui:widget');
  });

  it("follows the host's hints, presented as sentences and examples", () => {
    const ui = buildUiSchema(stripe, {
      'ui:order': ['publishableKey', 'secretKey'],
      secretKey: { 'ui:help': 'from the host', 'ui:placeholder': 'sk_test_51H…' },
    });
    expect(ui['ui:order']).toEqual(['publishableKey', 'secretKey']);
    expect(ui.secretKey).toMatchObject({
      'ui:widget': 'password',
      'ui:help': 'From the host.',
      'ui:placeholder': 'e.g. sk_test_51H…',
    });
  });

  it('says what is wrong in plain words, naming the field', () => {
    const errors = [
      { name: 'pattern', property: '.secretKey', message: 'must match pattern "^sk_"', params: {} },
      {
        name: 'required',
        property: '.secretKey',
        message: "must have required property 'secretKey'",
        params: { missingProperty: 'secretKey' },
      },
    ] as RJSFValidationError[];
    const [pattern, required] = plainErrors(errors, stripe);
    expect(pattern?.message).toBe(
      "This doesn't look like a valid secret key. It should look like sk_test_51H…",
    );
    expect(required?.message).toBe('Enter the secret key.');
  });

  it("puts the host's field errors on the fields they name and keeps the rest apart", () => {
    const { errorSchema, other } = splitFieldErrors(
      [
        { path: '/credentials/secretKey', message: 'must match the pattern' },
        { path: '/label', message: 'is too long' },
      ],
      stripe,
    );
    expect(errorSchema).toEqual({ secretKey: { __errors: ['Must match the pattern.'] } });
    expect(other).toEqual([{ path: '/label', message: 'is too long' }]);
    expect(verifyFieldErrors(['secretKey', 'nope'], 'Invalid API key', stripe)).toEqual({
      secretKey: { __errors: ['Invalid API key.'] },
    });
  });

  it('lets blank secrets keep their stored value when credentials are replaced', () => {
    expect(replaceSchema(stripe).required).toEqual([]);
    expect(withoutBlanks({ secretKey: undefined, publishableKey: 'pk_test_x', other: '' })).toEqual({
      publishableKey: 'pk_test_x',
    });
    expect(storedPlainValues(stripe, { secretKey: '••••abcd', publishableKey: 'pk_test_x' })).toEqual({
      publishableKey: 'pk_test_x',
    });
  });
});
