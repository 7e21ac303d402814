import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { FlutterwaveCredentials } from './credentials.js';

/** Flutterwave's v3 envelope: `status` is "success" or "error". */
interface FlutterwaveResponse {
  status?: string;
  message?: string;
  data?: { currency?: string; available_balance?: number; ledger_balance?: number }[] | null;
}

const MODE = { sandbox: 'test', live: 'live' } as const;
const SECRET_PREFIX = { test: 'FLWSECK_TEST-', live: 'FLWSECK-' } as const;
const PUBLIC_PREFIX = { test: 'FLWPUBK_TEST-', live: 'FLWPUBK-' } as const;

/** Flutterwave marks test keys with `_TEST` after the key type; live keys have no mark. */
function modeOf(key: string): 'test' | 'live' {
  return /^FLW(?:SECK|PUBK)_TEST-/.test(key) ? 'test' : 'live';
}

/**
 * Checks a Flutterwave v3 secret key with `GET /v3/balances`, which only reads the wallet balances.
 * Test and live keys share one host; the `_TEST` mark in the key names its mode, so a key of the
 * other mode (secret or public) is refused before any request.
 */
export const verify: VerifyHook<FlutterwaveCredentials> = async ({ credentials, environment }, ctx) => {
  const expected = MODE[environment];
  const keyMode = modeOf(credentials.secretKey);
  if (keyMode !== expected) {
    return failure(
      'wrong_environment',
      `This is a ${keyMode} mode secret key; use the ${expected} mode secret key (${SECRET_PREFIX[expected]}…) for the ${environment} environment`,
      { fields: ['secretKey'] },
    );
  }
  if (credentials.publicKey && modeOf(credentials.publicKey) !== expected) {
    return failure(
      'wrong_environment',
      `The public key is a ${modeOf(credentials.publicKey)} mode key; use ${PUBLIC_PREFIX[expected]}… for the ${environment} environment`,
      { fields: ['publicKey'] },
    );
  }

  const response = await ctx.fetch(`${ctx.baseUrl}/v3/balances`, {
    headers: { authorization: `Bearer ${credentials.secretKey}`, accept: 'application/json' },
    signal: ctx.signal,
  });
  const body = await readJson<FlutterwaveResponse>(response);

  if (response.status === 200) {
    if (body?.status !== 'success' || !Array.isArray(body.data)) {
      return unexpectedStatus('Flutterwave', response.status);
    }
    const currencies = [...new Set(body.data.map((wallet) => wallet.currency).filter(Boolean))];
    return success({
      livemode: environment === 'live',
      walletCurrencies: currencies.join(', ') || undefined,
    });
  }
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Flutterwave refused the secret key${body?.message ? ` (${body.message})` : ''}. Copy the ${expected} mode secret key again from Settings → API Keys; a key generated again, or past its expiry date, stops working`,
      { fields: ['secretKey'] },
    );
  }
  return unexpectedStatus('Flutterwave', response.status);
};
