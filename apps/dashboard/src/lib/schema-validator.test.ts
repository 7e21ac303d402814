import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import type { CredentialSchema } from '../api/types';
import { plainErrors } from './credential-form';
import { createSchemaValidator } from './schema-validator';

const stripe = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['secretKey', 'region'],
  additionalProperties: false,
  properties: {
    secretKey: {
      type: 'string',
      title: 'Secret key',
      pattern: '^sk_(test|live)_[0-9A-Za-z]{16,}$',
      writeOnly: true,
      examples: ['sk_test_51H…'],
    },
    region: { type: 'string', title: 'Region', enum: ['eu', 'us'] },
    accountName: { type: 'string', title: 'Account name', minLength: 3, maxLength: 8 },
    notifyEmail: { type: 'string', title: 'Notify e-mail', format: 'email' },
  },
} satisfies CredentialSchema;

const validator = createSchemaValidator<Record<string, unknown>>();
const validate = (data: Record<string, unknown> | undefined) =>
  validator.validateFormData(data, stripe as RJSFSchema, undefined, (errors) => plainErrors(errors, stripe));

describe('the schema validator (no code generation)', () => {
  it('accepts good values', () => {
    const result = validate({ secretKey: 'sk_test_0123456789abcdefXYZ', region: 'eu' });
    expect(result.errors).toEqual([]);
    expect(validator.isValid(stripe as RJSFSchema, { secretKey: 'x' }, stripe as RJSFSchema)).toBe(false);
    expect(
      validator.isValid(
        stripe as RJSFSchema,
        { secretKey: 'sk_live_0123456789abcdef', region: 'us' },
        stripe as RJSFSchema,
      ),
    ).toBe(true);
  });

  it('names each missing field in plain words, on the field', () => {
    const { errors, errorSchema } = validate(undefined);
    expect(errors.map((error) => [error.property, error.message])).toEqual([
      ['.secretKey', 'Enter the secret key.'],
      ['.region', 'Enter the region.'],
    ]);
    expect(errorSchema).toEqual({
      secretKey: { __errors: ['Enter the secret key.'] },
      region: { __errors: ['Enter the region.'] },
    });
  });

  it('reports every problem at once, field by field, in plain words', () => {
    const { errorSchema } = validate({
      secretKey: 'pk_live_nope',
      region: 'mars',
      accountName: 'ab',
      notifyEmail: 'not-an-address',
    });
    expect(errorSchema).toEqual({
      secretKey: {
        __errors: ["This doesn't look like a valid secret key. It should look like sk_test_51H…"],
      },
      region: { __errors: ['Choose one of the options.'] },
      accountName: { __errors: ['Account name must be at least 3 characters.'] },
      notifyEmail: { __errors: ['Enter an e-mail address, like name@example.com.'] },
    });
    expect(
      validate({ secretKey: 'sk_test_0123456789abcdef', region: 'eu', accountName: 'a'.repeat(9) })
        .errorSchema,
    ).toEqual({
      accountName: { __errors: ['Account name must be at most 8 characters.'] },
    });
  });

  it('gives ajv’s error shape: keyword, params, schema path and a message without the value', () => {
    const { errors } = validator.rawValidation(stripe as RJSFSchema, {
      secretKey: 'sk_test_short',
      region: 'eu',
      accountName: 'ab',
      extra: 1,
    });
    expect(errors).toEqual([
      expect.objectContaining({
        name: 'pattern',
        property: '.secretKey',
        schemaPath: '#/properties/secretKey/pattern',
        params: { pattern: stripe.properties.secretKey.pattern },
        title: 'Secret key',
      }),
      expect.objectContaining({ name: 'minLength', property: '.accountName', params: { limit: 3 } }),
      expect.objectContaining({
        name: 'additionalProperties',
        property: '',
        params: { additionalProperty: 'extra' },
      }),
    ]);
    expect(JSON.stringify(errors)).not.toContain('sk_test_short');
  });

  it('resolves references to the root schema’s definitions', () => {
    const root = {
      type: 'object',
      $defs: { code: { type: 'string', pattern: '^[A-Z]{3}$' } },
      properties: { currency: { $ref: '#/$defs/code' } },
    } as RJSFSchema;
    expect(createSchemaValidator().isValid({ $ref: '#/$defs/code' }, 'USD', root)).toBe(true);
    expect(createSchemaValidator().isValid({ $ref: '#/$defs/code' }, 'usd', root)).toBe(false);
    expect(validator.rawValidation(root, { currency: 'usd' }).errors).toEqual([
      expect.objectContaining({ name: 'pattern', property: '.currency' }),
    ]);
  });

  it('says so when the schema itself cannot be used, instead of accepting everything', () => {
    const broken = { type: 'object', properties: { key: { type: 'string', pattern: '(' } } } as RJSFSchema;
    const { errors, errorSchema } = validator.validateFormData({ key: 'x' }, broken);
    expect(errors).toHaveLength(1);
    expect(errorSchema.$schema?.__errors?.[0]).toMatch(/regular expression/i);
    expect(validator.isValid(broken, { key: 'x' }, broken)).toBe(false);
  });

  it('runs a custom validation after the schema, as rjsf expects', () => {
    const result = validator.validateFormData(
      { secretKey: 'sk_test_0123456789abcdef', region: 'eu' },
      stripe as RJSFSchema,
      (data, errors) => {
        if (data?.region === 'eu') errors.region?.addError('Not offered in the EU yet.');
        return errors;
      },
    );
    expect(result.errorSchema.region?.__errors).toEqual(['Not offered in the EU yet.']);
    expect(result.errors).toEqual([
      expect.objectContaining({ property: '.region', message: 'Not offered in the EU yet.' }),
    ]);
  });
});
