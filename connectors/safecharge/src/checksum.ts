import { createHash } from 'node:crypto';

/** The checksum algorithms Nuvei sets per site. */
export type HashType = 'sha256' | 'md5';

/**
 * Nuvei's request checksum: the hash, as lower-case hex, of the request's values concatenated in
 * the order Nuvei defines for the call, without separators, followed by the merchant secret key
 * (UTF-8). For getSessionToken and getMerchantPaymentMethods the values are merchantId,
 * merchantSiteId, clientRequestId and timeStamp.
 */
export function checksum(
  values: readonly string[],
  secretKey: string,
  hashType: HashType = 'sha256',
): string {
  return createHash(hashType)
    .update(values.join('') + secretKey, 'utf8')
    .digest('hex');
}

/** Nuvei's timeStamp: `YYYYMMDDHHmmss`, here in UTC. */
export function timeStamp(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}
