import { createHash } from 'node:crypto';

/** A request parameter as Fondy's protocol 1.0 sends it. */
export type FondyParam = string | number | null | undefined;

// Never part of the signed string: the signature itself, and the debug field Fondy adds in tests.
const UNSIGNED = new Set(['signature', 'response_signature_string']);

/**
 * Fondy's protocol 1.0 `signature`: hex SHA-1 of the payment key and the values of every non-empty
 * parameter, ordered by parameter name, all joined with "|" (UTF-8). Empty values are left out
 * entirely, so an optional field sent as "" does not change the signature.
 */
export function fondySignature(params: Readonly<Record<string, FondyParam>>, paymentKey: string): string {
  const values = Object.keys(params)
    .filter((name) => !UNSIGNED.has(name))
    .sort()
    .map((name) => params[name])
    .filter((value): value is string | number => value !== undefined && value !== null && value !== '')
    .map(String);
  return createHash('sha1')
    .update([paymentKey, ...values].join('|'), 'utf8')
    .digest('hex');
}
