import { basicAuth, type Environment, failure, type VerifyFailure } from '@paycore/core';
import type { KlarnaCredentials } from './credentials.js';

/** The Authorization header for the credentials, and the form fields a refusal points at. */
export type Authorization =
  | { ok: true; header: string; fields: string[] }
  | { ok: false; failure: VerifyFailure };

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const KEY_MODE = { sandbox: 'test', live: 'live' } as const;
const MODE_NAME = { test: 'playground', live: 'live' } as const;

/**
 * Builds the Authorization header from either credential kind Klarna issues, or explains what is
 * wrong with the combination (the form cannot say "one of"). An API key names its environment
 * (`klarna_test_api_` / `klarna_live_api_`), so a key of the other one is refused here, before any
 * request.
 */
export function authorizationFor(credentials: KlarnaCredentials, environment: Environment): Authorization {
  const { apiKey, username, password } = credentials;
  if (apiKey) {
    if (password)
      return refuse('Enter either an API key or a username and password, not both', ['apiKey', 'password']);
    const mode = /^klarna_(test|live)_api_/.exec(apiKey)?.[1] as keyof typeof MODE_NAME | undefined;
    const expected = KEY_MODE[environment];
    if (mode !== expected) {
      return {
        ok: false,
        failure: failure(
          'wrong_environment',
          `This is a ${mode ? MODE_NAME[mode] : 'different'} API key; use a key starting with klarna_${expected}_api_ for the ${environment} environment`,
          { fields: ['apiKey'] },
        ),
      };
    }
    if (username && !UUID.test(username)) {
      return refuse(
        'With an API key, the username is the UUID shown with the key; leave it empty if you do not have it',
        ['username'],
      );
    }
    // Klarna documents the key itself after "Basic" (not base64-encoded). With the optional UUID
    // username the pair is sent as ordinary Basic credentials, the key being the password.
    return username
      ? { ok: true, header: basicAuth(username, apiKey), fields: ['username', 'apiKey'] }
      : { ok: true, header: `Basic ${apiKey}`, fields: ['apiKey'] };
  }
  if (username && password)
    return { ok: true, header: basicAuth(username, password), fields: ['username', 'password'] };
  const missing = username ? ['password'] : password ? ['username'] : ['apiKey'];
  return refuse('Enter an API key, or the username and password of older Klarna API credentials', missing);
}

function refuse(message: string, fields: string[]): Authorization {
  return { ok: false, failure: failure('invalid_credentials', message, { fields }) };
}
