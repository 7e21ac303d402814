import { createHmac } from 'node:crypto';

/**
 * WayForPay's `merchantSignature`: HMAC-MD5 keyed with the store's SecretKey over the request's
 * signed fields joined with ";" (UTF-8), as a lower-case hex string. Which fields are signed, and
 * in which order, is fixed per request type (CHECK_STATUS: merchantAccount, orderReference).
 */
export function merchantSignature(values: readonly string[], secretKey: string): string {
  return createHmac('md5', secretKey).update(values.join(';'), 'utf8').digest('hex');
}
