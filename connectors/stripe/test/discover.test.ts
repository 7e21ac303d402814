import { useMockProvider } from '@paycore/testkit';
import { describe, expect, it } from 'vitest';
import connector from '../src/index.js';
import {
  ACCOUNT,
  BANK_ACCOUNT,
  DEBIT_CARD,
  DEFAULT_CONFIGURATION,
  list,
  setting,
  stripeAnswers,
  ACCOUNT_IDENTITY,
} from './stripe-answers.js';

const TEST_KEY = 'sk_test_51HqLyjWDarjtT1zdp7dcXBxQGm8dkG4p0b7nZl1s';
const RESTRICTED_KEY = 'rk_test_51HqLyjWDarjtT1zdQ9Q6cFwy7vRz8kP1s7GkXx2';

const on = setting(true);

// The documented default configuration with more methods switched on, among them two the
// vocabulary has no code for (Klarna, Link), and a method switched on but not yet available
// (its capability is inactive: display preference on, `available` false).
const SEVERAL = {
  ...DEFAULT_CONFIGURATION,
  google_pay: on,
  ideal: on,
  bancontact: on,
  sepa_debit: on,
  klarna: on,
  link: on,
  eps: setting(false, true),
};
// A second, non-default configuration: payments that name no configuration do not use it.
const OTHER = { ...DEFAULT_CONFIGURATION, id: 'pmc_1Pgc7aB7WZ01zgkWq2xT8mNv', is_default: false, paypal: on };
const NOTHING_ON = Object.fromEntries(
  Object.entries(DEFAULT_CONFIGURATION).map(([key, value]) => [
    key,
    typeof value === 'object' && value ? setting(false) : value,
  ]),
);

describe('Stripe discover, per documented answer', () => {
  const mock = useMockProvider(connector);

  it('reads the default configuration and the account with two GETs, the key as a Bearer token', async () => {
    mock.fallback(stripeAnswers([DEFAULT_CONFIGURATION], ACCOUNT));
    expect(await mock.discover({ secretKey: TEST_KEY })).toEqual({
      ok: true,
      discovered: {
        account: ACCOUNT_IDENTITY,
        paymentMethods: [{ method: 'payment_card' }, { method: 'applepay' }],
        payoutMethods: [],
      },
    });
    const sent = [...mock.requests].sort((a, b) => a.path.localeCompare(b.path));
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({
      method: 'GET',
      path: '/v1/account',
      query: {},
      body: '',
      headers: { authorization: `Bearer ${TEST_KEY}`, accept: 'application/json' },
    });
    expect(sent[1]).toMatchObject({
      method: 'GET',
      path: '/v1/payment_method_configurations',
      query: { limit: '100' },
      body: '',
      headers: { authorization: `Bearer ${TEST_KEY}`, accept: 'application/json' },
    });
  });

  it('lists every available method of the default configuration that the vocabulary knows, and the payout destinations', async () => {
    const account = {
      ...ACCOUNT,
      payouts_enabled: true,
      external_accounts: { ...ACCOUNT.external_accounts, data: [BANK_ACCOUNT, DEBIT_CARD] },
    };
    mock.fallback(stripeAnswers([OTHER, SEVERAL], account));
    expect(await mock.discover({ secretKey: TEST_KEY })).toEqual({
      ok: true,
      discovered: {
        account: ACCOUNT_IDENTITY,
        paymentMethods: [
          { method: 'payment_card' },
          { method: 'applepay' },
          { method: 'googlepay' },
          { method: 'sepadirectdebit' },
          { method: 'ideal' },
          { method: 'bancontactmistercash' },
        ],
        payoutMethods: [
          { method: 'bank_transfer', currencies: ['USD'] },
          { method: 'bank_card', currencies: ['USD'] },
        ],
      },
    });
  });

  it('pays out by bank transfer when payouts are enabled but Stripe lists no external accounts', async () => {
    const { external_accounts: _notListed, ...account } = { ...ACCOUNT, payouts_enabled: true };
    mock.fallback(stripeAnswers([DEFAULT_CONFIGURATION], account));
    expect(await mock.discover({ secretKey: TEST_KEY })).toMatchObject({
      ok: true,
      discovered: {
        account: ACCOUNT_IDENTITY,
        payoutMethods: [{ method: 'bank_transfer' }],
      },
    });
  });

  it('reports an account with nothing enabled as empty lists', async () => {
    mock.fallback(stripeAnswers([NOTHING_ON], ACCOUNT));
    expect(await mock.discover({ secretKey: TEST_KEY })).toEqual({
      ok: true,
      discovered: {
        account: ACCOUNT_IDENTITY,
        paymentMethods: [],
        payoutMethods: [],
      },
    });
  });

  it('does not read “no configuration” as “no payment methods”', async () => {
    mock.fallback(stripeAnswers([], ACCOUNT));
    expect(await mock.discover({ secretKey: TEST_KEY })).toMatchObject({
      ok: false,
      reason: 'provider_unavailable',
      retryable: false,
    });
  });

  it('reports a rejected key as invalid_credentials', async () => {
    // 401 for an unknown key, as Stripe masks it (see stripe.test.ts).
    const rejected = {
      status: 401,
      body: {
        error: {
          message: 'Invalid API Key provided: sk_test_****************************************0b7n',
          type: 'invalid_request_error',
        },
      },
    };
    mock.fallback(rejected);
    expect(await mock.discover({ secretKey: TEST_KEY })).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message: `Stripe refused the key: ${rejected.body.error.message}`,
      fields: ['secretKey'],
      retryable: false,
    });
  });

  it('reports a restricted key that may not read the account as insufficient_permissions', async () => {
    mock.on('GET', '/v1/payment_method_configurations', { status: 200, body: list([DEFAULT_CONFIGURATION]) });
    // Stripe's 403 envelope for a restricted key (its wording is not documented; the status decides).
    mock.on('GET', '/v1/account', {
      status: 403,
      body: {
        error: {
          message:
            "The provided key 'rk_test_*********************************************Xx2' does not have the required permissions for this endpoint on account 'acct_1PgafTB7WZ01zgkW'.",
          type: 'invalid_request_error',
        },
      },
    });
    const outcome = await mock.discover({ secretKey: RESTRICTED_KEY });
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'insufficient_permissions',
      fields: ['secretKey'],
      retryable: false,
    });
    expect(outcome.ok === false && outcome.message).toContain('restricted key');
  });

  it('reports rate limiting and server errors as retryable, and a 200 that is not a list as unavailable', async () => {
    mock.fallback({
      status: 429,
      body: { error: { message: 'Too many requests hit the API too quickly.', code: 'rate_limit' } },
    });
    expect(await mock.discover({ secretKey: TEST_KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.fallback({
      status: 500,
      body: { error: { message: 'An unknown error occurred', type: 'api_error' } },
    });
    expect(await mock.discover({ secretKey: TEST_KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
    mock.fallback({ status: 200, body: '<html>captive portal</html>' });
    expect(await mock.discover({ secretKey: TEST_KEY })).toMatchObject({
      reason: 'provider_unavailable',
      retryable: true,
    });
  });
});
