import { success, type VerifyHook } from '@paycore/core';
import { signedGet, succeeded } from './api.js';
import { classifyError } from './classify.js';
import type { RapydCredentials } from './credentials.js';

/** The call Rapyd's own "first API call" samples make: List Countries, read-only reference data. */
const CHECK_PATH = '/v1/data/countries';

/**
 * Checks the access key and secret key with one signed `GET /v1/data/countries`. Rapyd
 * authenticates every request before answering it, so its list of countries proves that the
 * access key exists in this environment and that the signature made with the secret key is right.
 * It reads no account data and changes nothing. Rapyd's keys carry no documented mark of their
 * environment, so keys of the other environment are only found out by Rapyd's answer.
 */
export const verify: VerifyHook<RapydCredentials> = async ({ credentials, environment }, ctx) => {
  const { response, answer } = await signedGet(ctx, credentials, CHECK_PATH);
  if (succeeded(response, answer) && Array.isArray(answer?.data)) {
    return success({ livemode: environment === 'live' });
  }
  return classifyError(response, answer, environment);
};
