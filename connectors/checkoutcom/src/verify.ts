import { type Environment, failure, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { CheckoutcomCredentials } from './credentials.js';
import { keyKind } from './keys.js';

/**
 * A payment id in the documented format `^(pay|sid)_(\w{26})$`, so Checkout.com looks it up
 * instead of refusing the request with 422. Real ids are random; this one spells a word and
 * cannot belong to any account, so an authenticated key is answered with 404.
 */
export const PROBE_PAYMENT_ID = 'pay_paycorecredentialcheckzzzz';

const LABEL = { sandbox: 'sandbox', live: 'production' } as const;
const SECRET_PREFIX = { sandbox: 'sk_sbox_', live: 'sk_' } as const;

/**
 * Checks a Checkout.com secret API key with `GET /payments/{id}` for a well-formed id that does not
 * exist: Checkout.com has no "who am I" call, and this read answers 404 to a key it accepts and 401
 * to one it refuses, without touching any payment. The key's prefix names its environment, so a
 * key for the other one is refused before any request.
 */
export const verify: VerifyHook<CheckoutcomCredentials> = async ({ credentials, environment }, ctx) => {
  const secret = keyKind(credentials.secretKey, 'sk');
  if (!secret) {
    return failure('invalid_credentials', 'This is not a Checkout.com secret API key', {
      fields: ['secretKey'],
    });
  }
  if (secret.environment !== environment)
    return otherEnvironment('secretKey', secret.environment, environment);
  const publicKind = credentials.publicKey === undefined ? undefined : keyKind(credentials.publicKey, 'pk');
  if (publicKind && publicKind.environment !== environment) {
    return otherEnvironment('publicKey', publicKind.environment, environment);
  }

  // Keys of the current platform (NAS) go with `Bearer`; the previous platform's keys go bare.
  const authorization =
    secret.platform === 'current' ? `Bearer ${credentials.secretKey}` : credentials.secretKey;
  const response = await ctx.fetch(`${ctx.baseUrl}/payments/${PROBE_PAYMENT_ID}`, {
    headers: { authorization, accept: 'application/json' },
    signal: ctx.signal,
  });
  const body = await response.text();

  // The probe id cannot exist, so only the documented answers count: 404 "Payment not found",
  // which the API reference declares without a body, or (never expected) the payment asked for.
  // Anything else came from something in between, such as a proxy's maintenance page.
  if ((response.status === 404 && body === '') || (response.status === 200 && isProbePayment(body))) {
    return success({ livemode: environment === 'live', platform: secret.platform });
  }
  if (response.status === 404 || response.status === 200) {
    return failure(
      'provider_unavailable',
      `Checkout.com's answer (HTTP ${response.status}) is not the one it documents for this check; something between PayCore and Checkout.com, such as a proxy, may have answered. Try again later`,
    );
  }
  if (response.status === 401) {
    return failure(
      'invalid_credentials',
      `Checkout.com refused the secret API key. Copy it again from Dashboard → Developers → Keys in your ${LABEL[environment]} account; it may have been deleted`,
      { fields: ['secretKey'] },
    );
  }
  if (response.status === 403) {
    return failure(
      'insufficient_permissions',
      'The secret API key is valid but may not read payments: edit the key under Dashboard → Developers → Keys and add the Gateway scope "gateway:payment-details" (or create a key with the default scopes)',
      { fields: ['secretKey'] },
    );
  }
  return unexpectedStatus('Checkout.com', response.status);
};

function otherEnvironment(field: 'secretKey' | 'publicKey', keyEnv: Environment, environment: Environment) {
  const kind = field === 'secretKey' ? 'secret' : 'public';
  const expected =
    field === 'secretKey' ? SECRET_PREFIX[environment] : SECRET_PREFIX[environment].replace('sk', 'pk');
  return failure(
    'wrong_environment',
    `This is a ${LABEL[keyEnv]} ${kind} key; use a ${LABEL[environment]} key (${expected}…) for the ${environment} environment`,
    { fields: [field] },
  );
}

/**
 * Whether a body is the payment the probe asked for: the id requested and the fields the API
 * reference marks as required on a payment (`PaymentDetails`).
 */
function isProbePayment(body: string): boolean {
  let payment: unknown;
  try {
    payment = JSON.parse(body);
  } catch {
    return false;
  }
  if (typeof payment !== 'object' || payment === null) return false;
  const p = payment as Record<string, unknown>;
  return (
    p.id === PROBE_PAYMENT_ID &&
    typeof p.requested_on === 'string' &&
    typeof p.amount === 'number' &&
    typeof p.currency === 'string' &&
    typeof p.status === 'string' &&
    typeof p.approved === 'boolean' &&
    typeof p._links === 'object' &&
    p._links !== null
  );
}
