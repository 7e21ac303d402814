import {
  type Environment,
  failure,
  success,
  unexpectedStatus,
  type VerifyHook,
  type VerifyResult,
} from '@paycore/core';
import type { AuthorizenetCredentials } from './credentials.js';

interface ApiMessage {
  code?: string;
  text?: string;
}

interface ApiResponse {
  messages?: { resultCode?: string; message?: ApiMessage[] };
}

const PANEL = { sandbox: 'sandbox', live: 'production' } as const;
const PANEL_HOST = { sandbox: 'sandbox.authorize.net', live: 'account.authorize.net' } as const;

/**
 * Checks an API Login ID and Transaction Key with `authenticateTestRequest`, the API's own
 * "are these credentials good" call: it authenticates and does nothing else. Authorize.net answers
 * HTTP 200 either way, so the result is read from `messages.resultCode` and the message code.
 * Sandbox credentials only work on the sandbox host and production ones on the production host,
 * and a mix-up is answered like wrong credentials (E00007), which the message says.
 */
export const verify: VerifyHook<AuthorizenetCredentials> = async ({ credentials, environment }, ctx) => {
  const response = await ctx.fetch(`${ctx.baseUrl}/xml/v1/request.api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      authenticateTestRequest: {
        merchantAuthentication: { name: credentials.apiLoginId, transactionKey: credentials.transactionKey },
      },
    }),
    signal: ctx.signal,
  });
  if (response.status !== 200) return unexpectedStatus('Authorize.net', response.status);

  const messages = (await readBody(response))?.messages;
  const first = messages?.message?.[0];
  if (messages?.resultCode === 'Ok' && first?.code === 'I00001') {
    return success({ livemode: environment === 'live' });
  }
  if (messages?.resultCode !== 'Error' || !first?.code)
    return unexpectedStatus('Authorize.net', response.status);
  return classifyError(first, environment);
};

function classifyError({ code, text }: ApiMessage, environment: Environment): VerifyResult {
  const panel = `the Authorize.net ${PANEL[environment]} Merchant Interface (${PANEL_HOST[environment]})`;
  switch (code) {
    case 'E00007':
      return failure(
        'invalid_credentials',
        `Authorize.net did not recognise the API Login ID and Transaction Key (E00007). Copy both again from ${panel}, Account → Settings → API Credentials & Keys; ${environment === 'live' ? 'sandbox' : 'production'} credentials do not work here`,
        { fields: ['apiLoginId', 'transactionKey'] },
      );
    case 'E00005':
      return failure(
        'invalid_credentials',
        `Authorize.net refused the Transaction Key (E00005). Create a new one in ${panel}, Account → Settings → API Credentials & Keys`,
        { fields: ['transactionKey'] },
      );
    case 'E00006':
      return failure(
        'invalid_credentials',
        `Authorize.net refused the API Login ID (E00006). Copy it again from ${panel}`,
        {
          fields: ['apiLoginId'],
        },
      );
    case 'E00008':
      return failure(
        'account_inactive',
        'Authorize.net says the payment gateway account or its API user is inactive (E00008). Finish activating the account, or ask Authorize.net support to reactivate it',
      );
    case 'E00009':
      return failure(
        'account_inactive',
        'The Authorize.net account is in Test Mode and cannot process requests (E00009). Turn Test Mode off under Account → Settings → Security Settings → Test Mode',
      );
    case 'E00010':
    case 'E00011':
      return failure(
        'insufficient_permissions',
        `Authorize.net accepted the credentials but refused the call: ${text ?? 'you do not have the appropriate permissions'} (${code}). Check the permissions of the user who created the Transaction Key`,
        { fields: ['apiLoginId', 'transactionKey'] },
      );
    case 'E00001':
      return failure(
        'provider_unavailable',
        'Authorize.net had an error processing the request (E00001); try again',
      );
    default:
      return failure(
        'provider_unavailable',
        `Authorize.net gave an unexpected answer (${code}); try again later`,
      );
  }
}

/**
 * Reads the JSON body. Authorize.net starts its JSON answers with a UTF-8 byte-order mark, which
 * `JSON.parse` refuses; the standard decoder drops it, but a host's fetch may hand it through.
 */
async function readBody(response: Response): Promise<ApiResponse | undefined> {
  const text = (await response.text()).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as ApiResponse;
  } catch {
    return undefined;
  }
}
