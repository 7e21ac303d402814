import type { DiscoveredMethod, Service } from '@paycore/core';

/**
 * The connector's services narrowed to the account's currencies, one entry per method with the
 * currencies it keeps. Paystack documents no API that reads which channels an integration has
 * switched on, so the methods are those the manifest documents for each currency; what the
 * account decides is the currencies it holds.
 */
export function methodsInCurrencies(
  services: readonly Service[],
  currencies: readonly string[],
): DiscoveredMethod[] {
  const byMethod = new Map<string, string[]>();
  for (const { method, currency } of services) {
    if (!currencies.includes(currency)) continue;
    const kept = byMethod.get(method) ?? [];
    if (!kept.includes(currency)) byMethod.set(method, [...kept, currency]);
  }
  return [...byMethod].map(([method, kept]) => ({ method, currencies: kept }));
}
