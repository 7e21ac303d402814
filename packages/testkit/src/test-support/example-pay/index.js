// A minimal, correct connector as a package, so the conformance suite runs it in the sandbox.
import { readFileSync } from 'node:fs';
import { failure, readJson, success, unexpectedStatus } from '@paycore/core';

const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));

export default {
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
    const body = await readJson(response);
    return success({ id: body?.id });
  },
  async discover({ credentials }, ctx) {
    const response = await ctx.fetch(`${ctx.baseUrl}/methods`, {
      headers: { authorization: `Bearer ${credentials.apiKey}` },
      signal: ctx.signal,
    });
    if (response.status !== 200) return unexpectedStatus('Example Pay', response.status);
    const body = await readJson(response);
    return {
      paymentMethods: (body?.methods ?? []).map((m) => ({ method: m.code, currencies: m.currencies })),
      payoutMethods: [],
    };
  },
};
