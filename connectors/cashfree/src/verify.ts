import { randomBytes } from 'node:crypto';
import {
  type Environment,
  failure,
  readJson,
  success,
  unexpectedStatus,
  type VerifyHook,
} from '@paycore/core';
import { type CashfreeError, request } from './api.js';
import type { CashfreeCredentials } from './credentials.js';
import { DASHBOARD_ENVIRONMENT, mapError } from './map-error.js';

/** An order of `GET /orders/{order_id}`, as far as the check reads it. */
interface OrderEntity {
  entity?: string;
  order_id?: string;
}

/**
 * The environment the keys show they belong to, when they show one: Test App IDs start with
 * `TEST`; secrets issued as `cfsk_ma_test_…` / `cfsk_ma_prod_…` name theirs, and older Test secrets
 * start with `TEST` (older Production secrets name none). Returns the field at fault and the
 * environment it belongs to.
 */
function otherEnvironment(
  credentials: CashfreeCredentials,
  environment: Environment,
): { field: keyof CashfreeCredentials; belongsTo: Environment } | undefined {
  const appIdIsTest = credentials.appId.startsWith('TEST');
  if (appIdIsTest !== (environment === 'sandbox')) {
    return { field: 'appId', belongsTo: appIdIsTest ? 'sandbox' : 'live' };
  }
  const secretMode = /^(?:cfsk_ma_(test|prod)_|(TEST))/.exec(credentials.secretKey);
  if (secretMode) {
    const secretIsTest = secretMode[1] !== 'prod';
    if (secretIsTest !== (environment === 'sandbox')) {
      return { field: 'secretKey', belongsTo: secretIsTest ? 'sandbox' : 'live' };
    }
  }
  return undefined;
}

/** An order id that cannot exist: Cashfree's order ids are the merchant's, and PayCore creates none. */
function probeOrderId(): string {
  return `paycore-credential-check-${randomBytes(8).toString('hex')}`;
}

/**
 * Checks a Cashfree Payment Gateway App ID and Secret Key with `GET /orders/{order_id}` for an
 * order id that cannot exist. Cashfree authenticates first, so its documented 404
 * (`invalid_request_error`) proves the keys and its documented 401 (`authentication_error`)
 * refuses them; nothing is created or changed. Keys that show the other environment are refused
 * before any request. Cashfree has no call that names the merchant, so no account details are read.
 */
export const verify: VerifyHook<CashfreeCredentials> = async ({ credentials, environment }, ctx) => {
  const mismatch = otherEnvironment(credentials, environment);
  if (mismatch) {
    const label = mismatch.field === 'appId' ? 'App ID' : 'Secret Key';
    return failure(
      'wrong_environment',
      `This ${label} belongs to Cashfree's ${DASHBOARD_ENVIRONMENT[mismatch.belongsTo]} environment; the ${environment} environment needs the keys of the ${DASHBOARD_ENVIRONMENT[environment]} environment (Payment Gateway → Developers → API Keys)`,
      { fields: [mismatch.field] },
    );
  }

  const orderId = probeOrderId();
  const response = await request(ctx, credentials, `/orders/${orderId}`);
  const body = await readJson<CashfreeError & OrderEntity>(response);
  const livemode = environment === 'live';
  // The documented "not found" answers: ApiError404 on 404, and `order_not_found` in the
  // BadRequestError envelope, which Cashfree's own SDK tests accept as 400 as well.
  const notFound =
    body?.type === 'invalid_request_error' &&
    (response.status === 404 || (response.status === 400 && body.code === 'order_not_found'));
  if (notFound) return success({ livemode });
  // The probe id cannot exist; a 200 counts only if it really is that order.
  if (response.status === 200 && body?.entity === 'order' && body.order_id === orderId) {
    return success({ livemode });
  }
  if (response.status === 200 || response.status === 404) {
    return unexpectedStatus('Cashfree', response.status);
  }
  return mapError(response, body, environment);
};
