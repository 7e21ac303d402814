import {
  type Environment,
  failure,
  readJson,
  unexpectedStatus,
  type VerifyContext,
  type VerifyFailure,
} from '@paycore/core';

/** Paystack's response envelope: `status` is false on every error. */
interface PaystackResponse {
  status?: boolean;
  message?: string;
  data?: { currency?: string; balance?: number }[];
}

/** Paystack's name of the key mode that matches each environment. */
export const MODE = { sandbox: 'test', live: 'live' } as const;

/**
 * Reads the integration's balances with `GET /balance` ("Fetch Balance") and answers the
 * currencies they are held in (ISO 4217, upper case), or the failure to report: 401 is a refused
 * key, anything else that is not a `status: true` envelope is Paystack's trouble.
 */
export async function fetchBalanceCurrencies(
  secretKey: string,
  environment: Environment,
  ctx: VerifyContext,
): Promise<{ ok: true; currencies: string[] } | VerifyFailure> {
  const response = await ctx.fetch(`${ctx.baseUrl}/balance`, {
    headers: { authorization: `Bearer ${secretKey}`, accept: 'application/json' },
    signal: ctx.signal,
  });
  const body = await readJson<PaystackResponse>(response);
  if (response.status === 200) {
    if (body?.status !== true || !Array.isArray(body.data)) return unexpectedStatus('Paystack', 200);
    const codes = body.data.map((entry) => entry.currency?.toUpperCase() ?? '');
    return { ok: true, currencies: [...new Set(codes.filter((code) => /^[A-Z]{3}$/.test(code)))] };
  }
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Paystack refused the secret key${body?.message ? ` (${body.message})` : ''}. Copy the ${MODE[environment]} secret key again from Settings → API Keys & Webhooks; keys stop working when they are reset`,
      { fields: ['secretKey'] },
    );
  }
  return unexpectedStatus('Paystack', response.status);
}
