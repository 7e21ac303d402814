import {
  type DiscoveredMethod,
  type DiscoverHook,
  failure,
  readJson,
  unexpectedStatus,
  type VerifiedAccount,
} from '@paycore/core';
import type { StripeCredentials } from './credentials.js';
import { stripeFailure } from './map-error.js';
import { currencyCodes, PAYMENT_METHODS, PAYOUT_DESTINATIONS } from './methods.js';

interface StripeList<T> {
  object?: string;
  data?: T[];
}

/** A payment method configuration: flags, plus one `{ available, display_preference }` per method. */
interface PaymentMethodConfiguration {
  is_default?: boolean;
  [method: string]: unknown;
}

interface StripeAccount {
  object?: string;
  id?: string;
  email?: string | null;
  country?: string;
  default_currency?: string;
  business_profile?: { name?: string | null } | null;
  settings?: { dashboard?: { display_name?: string | null } | null } | null;
  payouts_enabled?: boolean;
  external_accounts?: StripeList<{ object?: string; currency?: string }>;
}

/**
 * Reads what a Stripe account offers with two reads made side by side:
 * `GET /v1/payment_method_configurations` for the payment methods of the default configuration
 * (the one Stripe applies when a payment names none) whose `available` is true — the method is
 * switched on and its capability is active — and `GET /v1/account` for payouts: none unless
 * `payouts_enabled`, then the external accounts Stripe pays out to (bank accounts, debit cards),
 * or a bank transfer when Stripe does not list them. Stripe names no currencies per method.
 */
export const discover: DiscoverHook<StripeCredentials> = async ({ credentials }, ctx) => {
  const get = (path: string) =>
    ctx.fetch(`${ctx.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${credentials.secretKey}`, accept: 'application/json' },
      signal: ctx.signal,
    });
  const [configsAnswer, accountAnswer] = await Promise.all([
    get('/v1/payment_method_configurations?limit=100'),
    get('/v1/account'),
  ]);
  if (configsAnswer.status !== 200)
    return stripeFailure(
      configsAnswer,
      'The key is valid but may not read the payment method settings: in the Stripe Dashboard, edit the restricted key and allow Read for payment method configurations',
    );
  if (accountAnswer.status !== 200)
    return stripeFailure(
      accountAnswer,
      "The key is valid but may not read the account's payout settings: in the Stripe Dashboard, edit the restricted key and allow Read for the account",
    );

  const configs = await readJson<StripeList<PaymentMethodConfiguration>>(configsAnswer);
  const account = await readJson<StripeAccount>(accountAnswer);
  if (configs?.object !== 'list' || !Array.isArray(configs.data) || account?.object !== 'account')
    return unexpectedStatus('Stripe', 200);
  const defaults = configs.data.filter((config) => config.is_default === true);
  if (defaults.length === 0)
    return failure(
      'provider_unavailable',
      'Stripe listed no default payment method configuration for the account, so the payment methods it offers could not be read',
      { retryable: false },
    );
  return {
    paymentMethods: paymentMethods(defaults),
    payoutMethods: payoutMethods(account),
    account: identity(account),
  };
};

/**
 * Who the account is, from the account object (the balance verify reads names no account):
 * so the merchant sees which of their Stripe accounts this is, and the host can tell when the
 * same account is connected twice.
 */
function identity(account: StripeAccount): VerifiedAccount {
  const name = account.business_profile?.name ?? account.settings?.dashboard?.display_name ?? undefined;
  const details: VerifiedAccount = {
    id: account.id,
    name: name ?? undefined,
    email: account.email ?? undefined,
    country: account.country?.toUpperCase(),
    defaultCurrency: account.default_currency?.toUpperCase(),
  };
  return Object.fromEntries(
    Object.entries(details).filter(([, value]) => value !== undefined),
  ) as VerifiedAccount;
}

function paymentMethods(configs: PaymentMethodConfiguration[]): DiscoveredMethod[] {
  const available = (config: PaymentMethodConfiguration, name: string) =>
    (config[name] as { available?: unknown } | undefined)?.available === true;
  return Object.entries(PAYMENT_METHODS)
    .filter(([name]) => configs.some((config) => available(config, name)))
    .map(([, method]) => ({ method }));
}

function payoutMethods(account: StripeAccount): DiscoveredMethod[] {
  if (account.payouts_enabled !== true) return [];
  const found = new Map<string, (string | undefined)[]>();
  for (const destination of account.external_accounts?.data ?? []) {
    const method = PAYOUT_DESTINATIONS[destination.object ?? ''];
    if (method) found.set(method, [...(found.get(method) ?? []), destination.currency]);
  }
  // Stripe lists external accounts only to the account's controller; without them it still pays
  // out to the bank account on file.
  if (found.size === 0) return [{ method: 'bank_transfer' }];
  return [...found].map(([method, values]) => {
    const currencies = currencyCodes(values);
    return currencies ? { method, currencies } : { method };
  });
}
