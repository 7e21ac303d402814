import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { AirwallexCredentials } from './credentials.js';

/** 201 from `POST /api/v1/authentication/login`. */
interface LoginResponse {
  token?: string;
  expires_at?: string;
}

/** Airwallex's error envelope. */
interface ApiError {
  code?: string;
  message?: string;
}

const WEB_APP = { sandbox: 'demo web app (demo.airwallex.com)', live: 'production web app' } as const;

/**
 * Checks a Client ID and API key with `POST /api/v1/authentication/login`, which only issues a
 * 30-minute access token; the token is thrown away. The keys carry no mark of their environment, so
 * keys of the other one are refused by Airwallex like wrong ones and the message names the web app
 * to take them from.
 */
export const verify: VerifyHook<AirwallexCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/api/v1/authentication/login`, {
    method: 'POST',
    headers: {
      'x-client-id': credentials.clientId,
      'x-api-key': credentials.apiKey,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    signal: ctx.signal,
  });

  if (response.status === 201 || response.status === 200) {
    const login = await readJson<LoginResponse>(response);
    if (!login?.token) return unexpectedStatus('Airwallex', response.status);
    return success({ livemode: environment === 'live' });
  }

  const body = await readJson<ApiError>(response);
  const detail = body?.message ? ` (${body.message})` : '';
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Airwallex refused the Client ID and API key${detail}. Copy both again from Developer → API keys in the ${WEB_APP[environment]}`,
      { fields: ['clientId', 'apiKey'] },
    );
  }
  if (response.status === 403) {
    return failure(
      'insufficient_permissions',
      `Airwallex accepted the keys but denied the login${detail}: the API key's permissions do not allow it`,
      { fields: ['apiKey'] },
    );
  }
  return unexpectedStatus('Airwallex', response.status);
};
