// A connector as a package, so useMockProvider runs it in the sandbox.
import { readFileSync } from 'node:fs';
import { failure, success } from '@paycore/core';

const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));

export default {
  manifest,
  async verify({ credentials }, ctx) {
    const response = await ctx.fetch(`${ctx.baseUrl}/ping`, {
      headers: { 'x-token': credentials.token },
      signal: ctx.signal,
    });
    return response.status === 200 ? success() : failure('invalid_credentials', 'refused');
  },
};
