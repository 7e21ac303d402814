import { defineConnector, failure, readJson, success, type ConnectorManifest } from '@paycore/core';
import { describeConnector } from './describe-connector.js';

// A minimal, correct connector: the conformance suite registered below must pass for it.
const manifest: ConnectorManifest = {
  id: 'example-pay',
  name: 'Example Pay',
  status: 'ready',
  description: 'A provider used to test the testkit.',
  website: 'https://example.com',
  countries: ['UA'],
  paymentMethods: ['payment_card'],
  payoutMethods: [],
  paymentServices: [{ method: 'payment_card', currency: 'UAH' }],
  payoutServices: [],
  environments: {
    sandbox: { baseUrl: 'https://sandbox.example-pay.test', hosts: ['sandbox.example-pay.test'] },
    live: { baseUrl: 'https://api.example-pay.test', hosts: ['api.example-pay.test'] },
  },
  credentials: {
    version: 1,
    schema: {
      type: 'object',
      required: ['apiKey'],
      properties: {
        apiKey: {
          type: 'string',
          title: 'API key',
          description: 'starts with test_ or live_',
          pattern: '^(test|live)_[a-z0-9]{8,}$',
          writeOnly: true,
        },
      },
    },
  },
};

const connector = defineConnector<{ apiKey: string }>({
  manifest,
  async verify({ credentials, environment }, ctx) {
    if (!credentials.apiKey.startsWith(environment === 'live' ? 'live_' : 'test_')) {
      return failure('wrong_environment', 'Use a key of this environment', { fields: ['apiKey'] });
    }
    const response = await ctx.fetch(`${ctx.baseUrl}/me`, {
      headers: { authorization: `Bearer ${credentials.apiKey}` },
      signal: ctx.signal,
    });
    if (response.status === 401)
      return failure('invalid_credentials', 'The key was refused', { fields: ['apiKey'] });
    if (response.status !== 200) return failure('provider_unavailable', 'Example Pay is unavailable');
    const body = await readJson<{ id: string }>(response);
    return success({ id: body?.id });
  },
});

describeConnector(connector, {
  vocabulary: {
    paymentMethods: new Set(['payment_card']),
    payoutMethods: new Set(),
    currencies: new Set(['UAH']),
    countries: new Set(['UA']),
  },
  credentials: {
    valid: [{ environment: 'sandbox', credentials: { apiKey: 'test_abcdefgh' } }],
    invalid: [{ credentials: { apiKey: 'nope' }, field: 'apiKey', because: 'wrong format' }],
  },
  valid: {
    input: { environment: 'sandbox', credentials: { apiKey: 'test_abcdefgh' } },
    respond: { status: 200, body: { id: 'acct_1' } },
    account: { id: 'acct_1' },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: { apiKey: 'test_abcdefgh' } },
    respond: { status: 401, body: {} },
  },
  wrongEnvironment: { environment: 'sandbox', credentials: { apiKey: 'live_abcdefgh' } },
});
