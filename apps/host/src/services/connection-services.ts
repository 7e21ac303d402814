import type { DiscoverOutcome, Service, VerifiedAccount } from '@paycore/core';
import { getPaymentMethod, getPayoutMethod } from '@paycore/openfintech';
import type { ProviderEntry } from '@paycore/registry';
import { type FieldError, validationError } from '../http/errors.js';

/** A payment or payout service: a method in a currency. */
export type Direction = 'payment' | 'payout';

/** One of a connection's services (PayCore's routes), as the account and the merchant set it. */
export interface ConnectionService {
  direction: Direction;
  method: string;
  currency: string;
  flow?: string;
  /** `account`: read from the account by the connector's discover hook; `manifest`: assumed from the connector. */
  source: 'account' | 'manifest';
  /** Whether the account can take it. */
  available: boolean;
  /** Why it is not available. */
  reason?: string;
  /** Whether the merchant routes payments to it (only an available service is used). */
  enabled: boolean;
}

/** A connection's services and where they come from. */
export interface ConnectionServices {
  source: 'account' | 'manifest';
  /** Who the account is, as the discover hook read it (verify's own details take precedence). */
  account?: VerifiedAccount;
  /** When the account was last read (or the manifest fallback made). */
  discoveredAt: string;
  /** Why the services come from the manifest, or why the last read of the account failed. */
  note?: string;
  items: ConnectionService[];
}

/** A merchant's switch of one service. */
export interface ServiceToggle {
  direction: Direction;
  method: string;
  currency: string;
  flow?: string;
  enabled: boolean;
}

const key = (s: { direction: Direction; method: string; currency: string; flow?: string }) =>
  `${s.direction}|${s.method}|${s.currency}|${s.flow ?? ''}`;

/** The name of a method code, for sentences a merchant reads. */
export function methodName(direction: Direction, method: string): string {
  return (direction === 'payment' ? getPaymentMethod(method) : getPayoutMethod(method))?.name ?? method;
}

function manifestServices(entry: ProviderEntry): { direction: Direction; service: Service }[] {
  return [
    ...entry.paymentServices.map((service) => ({ direction: 'payment' as const, service })),
    ...entry.payoutServices.map((service) => ({ direction: 'payout' as const, service })),
  ];
}

/**
 * Reconciles the connector's services with what the account has enabled. With a discovered
 * account, each manifest service is available when the account has its method in its currency
 * (a reason otherwise), and services the account has beyond the manifest are added. A direction
 * the provider does not describe keeps the manifest's methods, checked against the account's
 * currencies when those are known. Without one
 * (no discover hook, or the provider did not answer), the last known services are kept, or the
 * manifest's are assumed, marked so. The merchant's earlier switches are kept.
 */
export function reconcileServices(
  entry: ProviderEntry,
  outcome: DiscoverOutcome,
  previous: ConnectionServices | null,
  at: string,
): ConnectionServices {
  const enabledBefore = new Map((previous?.items ?? []).map((item) => [key(item), item.enabled]));
  const enabled = (item: Omit<ConnectionService, 'enabled'>) => ({
    ...item,
    enabled: item.available && (enabledBefore.get(key(item)) ?? true),
  });
  if (!outcome.ok) {
    if (previous?.source === 'account')
      return { ...previous, note: `The account could not be read again: ${outcome.message}` };
    return {
      source: 'manifest',
      discoveredAt: at,
      note: outcome.message,
      items: manifestServices(entry).map(({ direction, service }) =>
        enabled({ direction, ...serviceParts(service), source: 'manifest', available: true }),
      ),
    };
  }
  const { discovered } = outcome;
  const account = discovered.account ? { account: discovered.account } : {};
  const methods = { payment: discovered.paymentMethods, payout: discovered.payoutMethods };
  const items: ConnectionService[] = [];
  const seen = new Set<string>();
  for (const { direction, service } of manifestServices(entry)) {
    const listed = methods[direction];
    const found = listed?.find((m) => m.method === service.method);
    const currencies = found?.currencies ?? discovered.currencies;
    const name = methodName(direction, service.method);
    // A direction the provider says nothing about keeps the connector's methods; only what the
    // account did say (its currencies) can make one unavailable.
    const reason =
      listed && !found
        ? `The account has not enabled ${name}`
        : currencies && !currencies.includes(service.currency)
          ? `The account does not take ${service.currency}${listed ? ` with ${name}` : ''}`
          : undefined;
    const source = listed || currencies ? ('account' as const) : ('manifest' as const);
    const item = { direction, ...serviceParts(service), source, available: !reason };
    items.push(enabled(reason ? { ...item, reason } : item));
    seen.add(key(item));
  }
  for (const direction of ['payment', 'payout'] as const) {
    for (const found of methods[direction] ?? []) {
      for (const currency of found.currencies ?? discovered.currencies ?? []) {
        const item = {
          direction,
          method: found.method,
          currency,
          source: 'account' as const,
          available: true,
        };
        if (seen.has(key(item))) continue;
        seen.add(key(item));
        items.push(enabled(item));
      }
    }
  }
  return { source: 'account', ...account, discoveredAt: at, items };
}

/** The account as verify found it, completed with what discover read (verify's details win). */
export function accountOf(
  verified: VerifiedAccount | undefined,
  services: ConnectionServices | undefined,
): VerifiedAccount | null {
  const merged = { ...services?.account, ...verified };
  return Object.keys(merged).length > 0 ? merged : null;
}

function serviceParts(service: Service): { method: string; currency: string; flow?: string } {
  return {
    method: service.method,
    currency: service.currency,
    ...(service.flow === undefined ? {} : { flow: service.flow }),
  };
}

/** Sentences for a connection's history: services that became (un)available or were switched. */
export function describeServiceChanges(
  before: ConnectionServices | null,
  after: ConnectionServices,
): string[] {
  if (!before) return [];
  const old = new Map(before.items.map((item) => [key(item), item]));
  const lines: string[] = [];
  for (const item of after.items) {
    const label = `${methodName(item.direction, item.method)} in ${item.currency}`;
    const was = old.get(key(item));
    if (was?.available && !item.available)
      lines.push(`${label} became unavailable: ${item.reason ?? ''}`.trim());
    else if (was && !was.available && item.available) lines.push(`${label} became available`);
    else if (!was && item.available) lines.push(`${label} was added by the account`);
    else if (was && was.enabled !== item.enabled)
      lines.push(`${label} was ${item.enabled ? 'enabled' : 'disabled'}`);
  }
  for (const [itemKey, was] of old)
    if (!after.items.some((item) => key(item) === itemKey))
      lines.push(`${methodName(was.direction, was.method)} in ${was.currency} is no longer offered`);
  return lines;
}

/**
 * Applies the merchant's switches. Every toggle must name a service of the connection, and only
 * an available one can be enabled; all problems are reported at once, nothing is applied then.
 */
export function applyToggles(
  services: ConnectionServices,
  toggles: readonly ServiceToggle[],
): ConnectionServices {
  const byKey = new Map(services.items.map((item) => [key(item), item]));
  const fields: FieldError[] = [];
  toggles.forEach((toggle, index) => {
    const item = byKey.get(key(toggle));
    if (!item) fields.push({ path: `/items/${index}`, message: 'is not a service of this connection' });
    else if (toggle.enabled && !item.available)
      fields.push({
        path: `/items/${index}/enabled`,
        message: `cannot be enabled: ${item.reason ?? 'the account lacks it'}`,
      });
  });
  if (fields.length > 0) throw validationError(fields, 'Some services cannot be switched');
  const wanted = new Map(toggles.map((toggle) => [key(toggle), toggle.enabled]));
  return {
    ...services,
    items: services.items.map((item) => ({ ...item, enabled: wanted.get(key(item)) ?? item.enabled })),
  };
}

/** A connection's services as the API answers them: each with its method's name. */
export function servicesView(services: ConnectionServices): Record<string, unknown> {
  const { account: _account, ...rest } = services;
  return {
    ...rest,
    items: services.items.map((item) => ({ ...item, methodName: methodName(item.direction, item.method) })),
  };
}
