import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import { get, type OmiseError } from './api.js';
import type { OmiseCredentials } from './credentials.js';

interface OmiseAccount {
  object?: string;
  id?: string;
  livemode?: boolean;
  email?: string;
  country?: string;
  currency?: string;
  supported_currencies?: string[];
}

const TEST_PREFIX = 'skey_test_';
const MODE = { sandbox: 'Test', live: 'Live' } as const;

/**
 * Checks an Omise secret key with `GET /account`, which reads the account's e-mail, country and
 * currencies. Test keys contain `_test_` and live keys do not, as Omise documents, so a key of the
 * other mode is refused before any request; `livemode` in the answer is checked as well.
 */
export const verify: VerifyHook<OmiseCredentials> = async ({ credentials, environment }, ctx) => {
  const isTestKey = credentials.secretKey.startsWith(TEST_PREFIX);
  if (isTestKey !== (environment === 'sandbox')) {
    return failure(
      'wrong_environment',
      `This is a ${isTestKey ? 'Test' : 'Live'} mode key; the ${environment} environment needs the ${MODE[environment]} mode secret key (${environment === 'sandbox' ? 'skey_test_…' : 'skey_… without _test_'})`,
      { fields: ['secretKey'] },
    );
  }

  const response = await get(ctx, '/account', credentials.secretKey);
  if (response.status === 200) {
    const account = await readJson<OmiseAccount>(response);
    if (account?.object !== 'account' || typeof account.id !== 'string') {
      return unexpectedStatus('Omise', response.status);
    }
    if (typeof account.livemode === 'boolean' && account.livemode !== (environment === 'live')) {
      return failure(
        'wrong_environment',
        `Omise reports this key as a ${account.livemode ? 'Live' : 'Test'} mode key`,
        {
          fields: ['secretKey'],
        },
      );
    }
    return success({
      id: account.id,
      email: account.email,
      country: account.country?.toUpperCase(),
      defaultCurrency: account.currency?.toUpperCase(),
      currencies: account.supported_currencies?.map((code) => code.toUpperCase()),
      livemode: environment === 'live',
    });
  }

  const error = await readJson<OmiseError>(response);
  if (response.status === 401 && error?.code === 'authentication_failure') {
    return failure(
      'invalid_credentials',
      `Omise refused the secret key: copy the ${MODE[environment]} mode secret key again from Dashboard → Keys; it may have been rolled`,
      { fields: ['secretKey'] },
    );
  }
  return unexpectedStatus('Omise', response.status);
};
