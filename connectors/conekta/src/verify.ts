import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { ConektaCredentials } from './credentials.js';

/** The API version the request is written against, as Conekta's official Node SDK sends it. */
export const CONEKTA_ACCEPT = 'application/vnd.conekta-v2.3.0+json';

interface ConektaBalance {
  available?: { amount?: number; currency?: string }[];
}

interface ConektaError {
  object?: string;
  type?: string;
  details?: { code?: string; message?: string; debug_message?: string }[];
}

/**
 * Checks a Conekta private key with `GET /balance`, which reads the company's balance and
 * nothing else. Test and production keys share one host and one `key_` prefix, so the mode
 * cannot be told before the request; a key of the other mode is answered like any other key.
 */
export const verify: VerifyHook<ConektaCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/balance`, {
    headers: {
      authorization: `Bearer ${credentials.privateKey}`,
      accept: CONEKTA_ACCEPT,
      'accept-language': 'en',
    },
    signal: ctx.signal,
  });

  if (response.status === 200) {
    const balance = await readJson<ConektaBalance>(response);
    if (!Array.isArray(balance?.available)) return unexpectedStatus('Conekta', response.status);
    const currencies = [
      ...new Set(
        balance.available
          .map((entry) => entry.currency?.toUpperCase())
          .filter((code): code is string => !!code && /^[A-Z]{3}$/.test(code)),
      ),
    ];
    return success({
      livemode: environment === 'live',
      ...(currencies.length > 0 ? { currencies } : {}),
    });
  }

  const error = await readJson<ConektaError>(response);
  if (response.status === 401 && error?.type === 'authentication_error') {
    const mode = environment === 'live' ? 'production' : 'test';
    return failure(
      'invalid_credentials',
      `Conekta refused the private key: copy the ${mode} mode private key (key_…) again from Developers → API keys; a key of the other mode is refused the same way`,
      { fields: ['privateKey'] },
    );
  }
  return unexpectedStatus('Conekta', response.status);
};
