import { fileURLToPath } from 'node:url';
import connector from './test-support/example-pay/index.js';
import { describeConnector } from './describe-connector.js';

// A minimal, correct connector, kept as a package so the suite runs it in the sandbox.
describeConnector(connector, {
  packageDir: fileURLToPath(new URL('./test-support/example-pay/', import.meta.url)),
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
  discover: {
    input: { environment: 'sandbox', credentials: { apiKey: 'test_abcdefgh' } },
    respond: { status: 200, body: { methods: [{ code: 'payment_card', currencies: ['UAH'] }] } },
    expected: { paymentMethods: [{ method: 'payment_card', currencies: ['UAH'] }], payoutMethods: [] },
  },
});
