import { createHash } from 'node:crypto';

/** LiqPay's `data` field: the request parameters as JSON, base64-encoded (UTF-8). */
export function encodeData(params: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(params), 'utf8').toString('base64');
}

/**
 * LiqPay's `signature` field: `base64(sha1(private_key + data + private_key))`. LiqPay hashes to
 * the raw 20-byte digest before base64, not to hex — the commonest signing mistake.
 */
export function signData(data: string, privateKey: string): string {
  return createHash('sha1')
    .update(privateKey + data + privateKey, 'utf8')
    .digest('base64');
}
