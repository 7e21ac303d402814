import { success, type VerifyHook } from '@paycore/core';
import type { PayuEuropeCredentials } from './credentials.js';
import { requestToken } from './token.js';

/**
 * Checks a POS's OAuth keys with PayU's client-credentials token request, which only issues a
 * bearer token (thrown away); nothing is read or changed. The keys carry no mark of their
 * environment, so keys of the other one are refused by PayU like wrong ones, and the message
 * names the panel to take them from. The account is the POS: its client_id is its POS ID.
 */
export const verify: VerifyHook<PayuEuropeCredentials> = async ({ credentials, environment }, ctx) => {
  const outcome = await requestToken(credentials, environment, ctx);
  if (!('token' in outcome)) return outcome;
  return success({ id: credentials.clientId, livemode: environment === 'live' });
};
