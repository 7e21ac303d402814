import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import { authFields, get, type P24Error } from './api.js';
import type { Przelewy24Credentials } from './credentials.js';

interface TestAccess {
  data?: unknown;
  error?: unknown;
}

const PANEL = {
  sandbox: 'sandbox panel (sandbox.przelewy24.pl/panel)',
  live: 'panel (panel.przelewy24.pl)',
} as const;

/**
 * Checks the shop ID and API key with `GET /api/v1/testAccess`, the call Przelewy24 provides to
 * test the connection: it reads nothing and changes nothing. Sandbox and production accounts have
 * their own ids and keys with no mark of their environment, so none is checked in advance.
 */
export const verify: VerifyHook<Przelewy24Credentials> = async ({ credentials, environment }, ctx) => {
  const response = await get(ctx, '/api/v1/testAccess', credentials);
  const body = await readJson<TestAccess & P24Error>(response);
  if (response.status === 200 && body?.data === true) {
    return success({
      id: credentials.merchantId,
      ...(credentials.posId && credentials.posId !== credentials.merchantId
        ? { posId: credentials.posId }
        : {}),
      livemode: environment === 'live',
    });
  }
  if (response.status === 401 && typeof body?.error === 'string') {
    return failure(
      'invalid_credentials',
      `Przelewy24 refused the credentials ("${body.error}"): copy the ID and the API key again from My data → API and configuration data in the ${PANEL[environment]}. A production account that is not fully activated is refused the same way`,
      { fields: authFields(credentials) },
    );
  }
  if (response.status === 400 && typeof body?.error === 'string') {
    return failure(
      'provider_unavailable',
      `Przelewy24 did not accept the request ("${body.error}"); try again later`,
    );
  }
  return unexpectedStatus('Przelewy24', response.status);
};
