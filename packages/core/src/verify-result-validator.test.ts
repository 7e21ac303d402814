import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv.js';
import { SCHEMA_SHA256, validateVerifyResultSchema } from './generated/validate-verify-result.js';
import { SCHEMA_SHA256 as DISCOVER_SHA256 } from './generated/validate-discover-result.js';
import { isDiscoverResultShape, isVerifyResultShape } from './verify-result-validator.js';

const require = createRequire(import.meta.url);
const RESULT_SCHEMA: Record<string, unknown> = require('../schema/verify-result.schema.json');

describe('isVerifyResultShape', () => {
  const compiled = createAjv({ strict: true }).compile(RESULT_SCHEMA);
  const results: Record<string, [unknown, boolean]> = {
    'a bare success': [{ ok: true }, true],
    'a success with an account': [
      { ok: true, account: { id: 'acct_1', livemode: false, region: null } },
      true,
    ],
    'a failure naming fields': [
      {
        ok: false,
        reason: 'invalid_credentials',
        message: 'Wrong key',
        fields: ['secretKey'],
        retryable: false,
      },
      true,
    ],
    'a bare boolean': [true, false],
    null: [null, false],
    'a success with a nested account value': [{ ok: true, account: { owner: { name: 'x' } } }, false],
    'a success with an unknown field': [{ ok: true, reason: 'timeout' }, false],
    'a failure with an unknown reason and an empty message': [
      { ok: false, reason: 'nope', message: '', retryable: true },
      false,
    ],
    'a failure without retryable and with a field named twice': [
      { ok: false, reason: 'timeout', message: 'Slow', fields: ['a', 'a'] },
      false,
    ],
    'ok that is not a boolean': [{ ok: 'yes' }, false],
    'a success with the typed account fields': [
      {
        ok: true,
        account: {
          id: 'acct_1',
          email: 'a@b.example',
          country: 'UA',
          defaultCurrency: 'UAH',
          currencies: ['UAH', 'EUR'],
        },
      },
      true,
    ],
    'a success with a lower-case country': [{ ok: true, account: { country: 'ua' } }, false],
    'a success with an array that is not currencies': [{ ok: true, account: { tags: ['a'] } }, false],
  };

  it('was generated from the current schema (else run `pnpm --filter @paycore/core codegen`)', () => {
    expect(SCHEMA_SHA256).toBe(createHash('sha256').update(JSON.stringify(RESULT_SCHEMA)).digest('hex'));
  });

  it.each(Object.entries(results))(
    'tells %s apart as a run-time compile of the schema does',
    (_, [value, expected]) => {
      expect(isVerifyResultShape(value)).toBe(expected);
      expect(compiled(value)).toBe(expected);
      expect(validateVerifyResultSchema(value)).toBe(expected);
      expect(validateVerifyResultSchema.errors).toEqual(compiled.errors);
    },
  );
});

describe('isDiscoverResultShape', () => {
  const schema: Record<string, unknown> = require('../schema/discover-result.schema.json');
  const compiled = createAjv({ strict: true }).compile(schema);
  const results: Record<string, [unknown, boolean]> = {
    'methods with and without currencies': [
      {
        paymentMethods: [{ method: 'payment_card', currencies: ['EUR', 'USD'] }, { method: 'ideal' }],
        payoutMethods: [],
        currencies: ['EUR'],
      },
      true,
    ],
    'an account with nothing enabled': [{ paymentMethods: [], payoutMethods: [] }, true],
    'a method without a code': [{ paymentMethods: [{}], payoutMethods: [] }, false],
    'a lower-case currency': [
      { paymentMethods: [{ method: 'x', currencies: ['eur'] }], payoutMethods: [] },
      false,
    ],
    'payout methods left out (the provider does not say)': [{ paymentMethods: [] }, true],
    'currencies alone': [{ currencies: ['NGN'] }, true],
    'nothing at all': [{}, false],
    'a bare list': [['payment_card'], false],
  };

  it('was generated from the current schema (else run `pnpm --filter @paycore/core codegen`)', () => {
    expect(DISCOVER_SHA256).toBe(createHash('sha256').update(JSON.stringify(schema)).digest('hex'));
  });

  it.each(Object.entries(results))('tells %s apart as a run-time compile does', (_, [value, expected]) => {
    expect(isDiscoverResultShape(value)).toBe(expected);
    expect(compiled(value)).toBe(expected);
  });
});
