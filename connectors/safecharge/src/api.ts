import { randomUUID } from 'node:crypto';
import { readJson, type VerifyContext } from '@paycore/core';
import { checksum, timeStamp } from './checksum.js';
import type { SafechargeCredentials } from './credentials.js';

/** The envelope every Nuvei REST 1.0 answer shares. */
export interface NuveiAnswer {
  status?: string;
  errCode?: number;
  reason?: string;
  sessionToken?: string;
  clientRequestId?: string;
}

/**
 * POSTs a signed Nuvei REST 1.0 call (`/ppp/api/v1/<method>.do`): the merchant and site ids, a
 * fresh clientRequestId, the timeStamp and the checksum over those four, plus `extra` fields that
 * are not part of the checksum. Answers `undefined` when the body is not JSON.
 */
export async function call(
  ctx: VerifyContext,
  method: string,
  credentials: SafechargeCredentials,
  extra: Record<string, string> = {},
): Promise<{ response: Response; answer: NuveiAnswer | undefined; clientRequestId: string }> {
  const clientRequestId = randomUUID();
  const stamp = timeStamp(new Date());
  const body = {
    ...extra,
    merchantId: credentials.merchantId,
    merchantSiteId: credentials.merchantSiteId,
    clientRequestId,
    timeStamp: stamp,
    checksum: checksum(
      [credentials.merchantId, credentials.merchantSiteId, clientRequestId, stamp],
      credentials.merchantSecretKey,
      credentials.hashType,
    ),
  };
  const response = await ctx.fetch(`${ctx.baseUrl}/ppp/api/v1/${method}.do`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    signal: ctx.signal,
  });
  return { response, answer: await readJson<NuveiAnswer>(response), clientRequestId };
}
