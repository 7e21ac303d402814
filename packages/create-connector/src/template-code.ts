import type { ConnectorPlan } from './plan.js';

/** PascalCase of the id, e.g. `acme-pay` → `AcmePay`. */
export function pascal(id: string): string {
  const name = id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return /^[0-9]/.test(name) ? `P${name}` : name;
}

/** src/verify.ts: one read-only call, every documented answer classified. */
export function verifySource(plan: ConnectorPlan): string {
  const type = `${pascal(plan.id)}Credentials`;
  return `import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { ${type} } from './credentials.js';

interface Account {
  id?: string;
  name?: string;
}

const PREFIX = { sandbox: 'test_', live: 'live_' } as const;

/**
 * Checks the key with one read-only call. Replace the path, headers and classification with the
 * provider's documented ones, and add a test for every documented answer.
 */
export const verify: VerifyHook<${type}> = async ({ credentials, environment }, ctx) => {
  if (!credentials.apiKey.startsWith(PREFIX[environment])) {
    const expected = PREFIX[environment];
    return failure('wrong_environment', \`Use a key starting with \${expected} for \${environment}\`, { fields: ['apiKey'] });
  }
  const response = await ctx.fetch(\`\${ctx.baseUrl}/v1/account\`, {
    headers: { authorization: \`Bearer \${credentials.apiKey}\`, accept: 'application/json' },
    signal: ctx.signal,
  });
  if (response.status === 200) {
    const account = await readJson<Account>(response);
    if (!account?.id) return unexpectedStatus('${plan.name}', response.status);
    return success({ id: account.id, name: account.name, livemode: environment === 'live' });
  }
  if (response.status === 401) return failure('invalid_credentials', '${plan.name} refused the API key', { fields: ['apiKey'] });
  if (response.status === 403) {
    return failure('insufficient_permissions', 'The API key is valid but may not read the account', { fields: ['apiKey'] });
  }
  return unexpectedStatus('${plan.name}', response.status);
};
`;
}

/** src/index.ts: the connector object as the package's default export. */
export function indexSource(plan: ConnectorPlan): string {
  const type = `${pascal(plan.id)}Credentials`;
  return `import { defineConnector, readManifest } from '@paycore/core';
import type { ${type} } from './credentials.js';
import { verify } from './verify.js';

/** The ${plan.name} connector: its manifest and verify hook. */
const connector = defineConnector<${type}>({
  manifest: readManifest(new URL('../manifest.json', import.meta.url)),
  verify,
});

export default connector;
export type { ${type} } from './credentials.js';
export { verify };
`;
}

/** test/<id>.test.ts: the conformance suite against the generated mock. */
export function testSource(plan: ConnectorPlan): string {
  return `import { describeConnector } from '@paycore/testkit';
import connector from '../src/index.js';

const SANDBOX_KEY = 'test_0123456789abcdefABCDEF';
const LIVE_KEY = 'live_0123456789abcdefABCDEF';

// Replace these answers with ${plan.name}'s documented bodies, and add one test per documented answer.
describeConnector(connector, {
  credentials: {
    valid: [
      { environment: 'sandbox', credentials: { apiKey: SANDBOX_KEY } },
      { environment: 'live', credentials: { apiKey: LIVE_KEY } },
    ],
    invalid: [
      { credentials: { apiKey: 'test_short' }, field: 'apiKey', because: 'too short' },
      { credentials: {}, field: 'apiKey', because: 'missing' },
    ],
  },
  valid: {
    input: { environment: 'sandbox', credentials: { apiKey: SANDBOX_KEY } },
    respond: { status: 200, body: { id: 'acct_123', name: 'Example merchant' } },
    account: { id: 'acct_123' },
  },
  invalid: {
    input: { environment: 'sandbox', credentials: { apiKey: SANDBOX_KEY } },
    respond: { status: 401, body: { error: 'unauthorized' } },
  },
  wrongEnvironment: { environment: 'sandbox', credentials: { apiKey: LIVE_KEY } },
});
`;
}
