import { type Environment, failure, readJson, unexpectedStatus, type VerifyFailure } from '@paycore/core';

/** Razorpay's error envelope. */
interface RazorpayError {
  error?: { code?: string; description?: string };
}

/** The Dashboard's name of the mode that matches each environment. */
export const DASHBOARD_MODE = { sandbox: 'Test', live: 'Live' } as const;

/**
 * Turns a Razorpay answer other than 200 into the failure to report. Razorpay's 401 says which
 * half of the key is wrong ("The api key provided is invalid" vs "The api secret provided is
 * invalid"); "Access Denied" (common-errors page, no status given) means an IP whitelist on the
 * account. 429, 5xx and anything else are the provider's trouble, never bad credentials.
 */
export async function mapError(response: Response, environment: Environment): Promise<VerifyFailure> {
  const mode = DASHBOARD_MODE[environment];
  const description = (await readJson<RazorpayError>(response))?.error?.description;
  const said = description?.toLowerCase() ?? '';
  if (response.status >= 400 && response.status < 500) {
    if (said.includes('api key provided is invalid')) {
      return failure(
        'invalid_credentials',
        `Razorpay does not know this Key Id (${description}). Copy it again from Account & Settings → API Keys in ${mode} mode; a regenerated key replaces the old one`,
        { fields: ['keyId'] },
      );
    }
    if (said.includes('api secret provided is invalid')) {
      return failure(
        'invalid_credentials',
        `Razorpay knows the Key Id but refused the Key Secret (${description}). Use the secret generated together with this Key Id; if it is lost, regenerate the key`,
        { fields: ['keySecret'] },
      );
    }
    if (said === 'access denied') {
      return failure(
        'insufficient_permissions',
        'Razorpay denied access: the account accepts API calls only from whitelisted IP addresses. Ask Razorpay support to add the PayCore host’s IPs or remove the whitelist, in both Test and Live mode',
      );
    }
  }
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Razorpay refused the Key Id and Key Secret${description ? ` (${description})` : ''}`,
      { fields: ['keyId', 'keySecret'] },
    );
  }
  return unexpectedStatus('Razorpay', response.status);
}
