import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { InterkassaCredentials } from './credentials.js';

interface InterkassaAccount {
  _id?: string;
  nm?: string;
}

interface AccountListAnswer {
  status?: string;
  code?: number | string;
  message?: string;
  data?: Record<string, InterkassaAccount>;
}

/**
 * Checks an Interkassa API user with the account list (`GET /v1/account`), which only reads: it
 * answers the business accounts the user may act for. The API authenticates with HTTP Basic
 * (User ID as login, API key as password) and wraps every answer in `{ status, code, data }`,
 * where `code` 0 is success, so both the HTTP status and `code` decide.
 */
export const verify: VerifyHook<InterkassaCredentials> = async ({ credentials, environment }, ctx) => {
  const basic = Buffer.from(`${credentials.userId}:${credentials.apiKey}`, 'utf8').toString('base64');
  const response = await ctx.fetch(`${ctx.baseUrl}/v1/account`, {
    headers: { authorization: `Basic ${basic}`, accept: 'application/json' },
    signal: ctx.signal,
  });
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      'Interkassa refused the User ID and API key. Copy both again from the API settings of your Interkassa account, and check that the API is turned on',
      { fields: ['userId', 'apiKey'] },
    );
  }
  if (response.status !== 200) return unexpectedStatus('Interkassa', response.status);

  const answer = await readJson<AccountListAnswer>(response);
  if (!answer || typeof answer !== 'object') return unexpectedStatus('Interkassa', response.status);
  if (String(answer.code) !== '0') {
    const said = typeof answer.message === 'string' && answer.message ? `"${answer.message}", ` : '';
    return failure(
      'provider_unavailable',
      `Interkassa answered ${said}code ${answer.code ?? 'none'}, which the check does not recognise; try again later`,
    );
  }
  const accounts = answer.data && typeof answer.data === 'object' ? Object.values(answer.data) : [];
  const first = accounts.find((account) => account && typeof account._id === 'string');
  // An empty list still comes from an authenticated request: the user simply owns no business account yet.
  if (!first?._id) return success({ id: credentials.userId, livemode: environment === 'live' });
  return success({
    id: first._id,
    ...(typeof first.nm === 'string' && first.nm ? { name: first.nm } : {}),
    livemode: environment === 'live',
  });
};
