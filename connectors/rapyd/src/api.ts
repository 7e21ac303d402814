import { readJson, type VerifyContext } from '@paycore/core';
import type { RapydCredentials } from './credentials.js';
import { newSalt, requestTimestamp, signRequest } from './sign.js';

/** The `status` object every Rapyd answer carries, success or error. */
export interface RapydStatus {
  error_code?: string;
  status?: string;
  message?: string;
  response_code?: string;
  operation_id?: string;
}

/** Rapyd's answer envelope: `status`, and `data` on success. */
export interface RapydAnswer<T = unknown> {
  status?: RapydStatus;
  data?: T;
}

/**
 * Sends a signed GET to Rapyd: `urlPath` starts with /v1 and carries its query string, which is
 * signed with it. The headers are the ones Rapyd requires on every request (access_key, salt,
 * timestamp, signature, Content-Type); a GET has no body and signs the empty string.
 */
export async function signedGet<T>(
  ctx: VerifyContext,
  credentials: RapydCredentials,
  urlPath: string,
): Promise<{ response: Response; answer: RapydAnswer<T> | undefined }> {
  const salt = newSalt();
  const timestamp = requestTimestamp();
  const signature = signRequest({
    method: 'get',
    urlPath,
    salt,
    timestamp,
    accessKey: credentials.accessKey,
    secretKey: credentials.secretKey,
    body: '',
  });
  const response = await ctx.fetch(`${ctx.baseUrl}${urlPath}`, {
    headers: {
      access_key: credentials.accessKey,
      salt,
      timestamp,
      signature,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    signal: ctx.signal,
  });
  return { response, answer: await readJson<RapydAnswer<T>>(response) };
}

/** Whether an answer is Rapyd's success envelope: HTTP 200 and `status.status` SUCCESS. */
export function succeeded(response: Response, answer: RapydAnswer | undefined): boolean {
  return response.status === 200 && answer?.status?.status === 'SUCCESS';
}
