import { randomUUID } from 'node:crypto';
import { failure, readJson, success, unexpectedStatus, type VerifyHook } from '@paycore/core';
import type { WayforpayCredentials } from './credentials.js';
import { merchantSignature } from './sign.js';

interface CheckStatusAnswer {
  merchantAccount?: string;
  reason?: string;
  reasonCode?: number | string;
  transactionStatus?: string;
}

/** The public test store of WayForPay's documentation and official SDK. */
export const TEST_MERCHANT = 'test_merch_n1';

// Reason codes as named in WayForPay's official PHP SDK (src/Domain/Reason.php). Which of them
// CHECK_STATUS returns for a bad signature or an unknown order is not documented; every other
// code is reported as "provider unavailable" rather than guessed.
const REASON_OK = 1100;
const REASON_INVALID_SIGNATURE = 1113;
const REASON_ORDER_NOT_FOUND = 1127;

/**
 * Checks a WayForPay store's merchant login and SecretKey with CHECK_STATUS for an order reference
 * that cannot exist. WayForPay answers HTTP 200 either way, so the `reasonCode` decides: "order not
 * found" means the signature made with the SecretKey was accepted for this merchant login.
 */
export const verify: VerifyHook<WayforpayCredentials> = async ({ credentials, environment }, ctx) => {
  if (environment === 'live' && credentials.merchantAccount === TEST_MERCHANT) {
    return failure(
      'wrong_environment',
      `${TEST_MERCHANT} is WayForPay's public test store; use your own store's merchant login in live`,
      { fields: ['merchantAccount'] },
    );
  }

  const orderReference = `paycore-verify-${randomUUID()}`;
  const response = await ctx.fetch(`${ctx.baseUrl}/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      transactionType: 'CHECK_STATUS',
      merchantAccount: credentials.merchantAccount,
      orderReference,
      merchantSignature: merchantSignature(
        [credentials.merchantAccount, orderReference],
        credentials.secretKey,
      ),
      apiVersion: 1,
    }),
    signal: ctx.signal,
  });
  if (response.status !== 200) return unexpectedStatus('WayForPay', response.status);

  const answer = await readJson<CheckStatusAnswer>(response);
  if (!answer || typeof answer !== 'object' || answer.reasonCode === undefined) {
    return unexpectedStatus('WayForPay', response.status);
  }
  const code = Number(answer.reasonCode);
  if (code === REASON_ORDER_NOT_FOUND || code === REASON_OK) {
    return success({ id: credentials.merchantAccount, livemode: environment === 'live' });
  }
  if (code === REASON_INVALID_SIGNATURE) {
    return failure(
      'invalid_credentials',
      'WayForPay refused the signature: the secret key does not belong to this merchant login. Copy both again from the same store',
      { fields: ['merchantAccount', 'secretKey'] },
    );
  }
  const reason = typeof answer.reason === 'string' && answer.reason ? `"${answer.reason}", ` : '';
  return failure(
    'provider_unavailable',
    `WayForPay answered ${reason}reason code ${answer.reasonCode}, which the check does not recognise; try again later, and contact WayForPay support if it persists`,
  );
};
