import { failure, unexpectedStatus, type VerifyFailure } from '@paycore/core';
import type { NuveiAnswer } from './api.js';

/** Nuvei's error codes about the credentials (the official SDK's Constants.ERR_CODE_*). */
const FIELDS_BY_CODE: Readonly<Record<number, { fields: string[]; message: string }>> = {
  1001: {
    fields: ['merchantSecretKey', 'hashType'],
    message:
      'Nuvei refused the checksum: the Secret Key does not belong to this merchant site, or the site uses the other hash type. Copy the key again and check the hash type with Nuvei',
  },
  1002: { fields: ['merchantId'], message: 'Nuvei does not know this Merchant ID' },
  1013: { fields: ['merchantId'], message: 'Nuvei refused the Merchant ID as invalid' },
  1003: { fields: ['merchantSiteId'], message: 'Nuvei does not know this Merchant Site ID' },
  1022: { fields: ['merchantSiteId'], message: 'Nuvei refused the Merchant Site ID as invalid' },
  1017: {
    fields: ['merchantId', 'merchantSiteId'],
    message:
      'The Merchant Site ID does not belong to this Merchant ID: copy both from the same Nuvei account',
  },
};

/**
 * The failure for a Nuvei answer that is not a success: the documented credential errors name the
 * fields at fault, and every other answer is the provider's trouble, never guessed to be the
 * credentials'. Nuvei answers HTTP 200 with `status: "ERROR"`, so the body decides.
 */
export function classifyError(response: Response, answer: NuveiAnswer | undefined): VerifyFailure {
  if (response.status !== 200 || answer?.status !== 'ERROR' || typeof answer.errCode !== 'number') {
    return unexpectedStatus('Nuvei', response.status);
  }
  const known = FIELDS_BY_CODE[answer.errCode];
  if (known) return failure('invalid_credentials', known.message, { fields: known.fields });
  return failure(
    'provider_unavailable',
    `Nuvei gave an answer the check does not recognise (error ${answer.errCode}${answer.reason ? `: ${answer.reason}` : ''}); try again later`,
  );
}
