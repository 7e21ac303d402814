import i18next from 'i18next';
import type { FieldError } from '../api/client';
import type { ConnectionService, ServiceDirection, ServiceToggle, UsableService } from '../api/types';
import { humanize } from './format';

type ServiceId = Pick<ConnectionService, 'direction' | 'method' | 'currency' | 'flow'>;

/** The identity of a service: its direction, method, currency and flow. */
export function serviceKey(service: ServiceId): string {
  return `${service.direction}|${service.method}|${service.currency}|${service.flow ?? ''}`;
}

/** "Cards in USD" (and the flow when there is one), for labels and messages. */
export function serviceName(service: ServiceId & { methodName?: string }): string {
  const flow = service.flow ? ` (${humanize(service.flow)})` : '';
  return `${service.methodName ?? humanize(service.method)}${flow} in ${service.currency}`;
}

/** One method (with its flow) of a direction, and its services in each currency. */
export interface MethodGroup<T extends ServiceId = ConnectionService> {
  key: string;
  method: string;
  methodName: string;
  flow?: string;
  items: T[];
}

/** Services of one direction, grouped by method in the order they came. */
export interface DirectionGroup<T extends ServiceId = ConnectionService> {
  direction: ServiceDirection;
  methods: MethodGroup<T>[];
}

/** "Payments" / "Payouts" in the chosen language. */
export function directionLabel(direction: ServiceDirection): string {
  return direction === 'payout' ? i18next.t('filters.payouts') : i18next.t('filters.payments');
}

/** Payments, then payouts (only the directions that have services), each grouped by method. */
export function groupServices<T extends ServiceId & { methodName?: string }>(
  items: readonly T[],
): DirectionGroup<T>[] {
  const groups: DirectionGroup<T>[] = [];
  for (const direction of ['payment', 'payout'] as const) {
    const methods = new Map<string, MethodGroup<T>>();
    for (const item of items) {
      if (item.direction !== direction) continue;
      const key = `${direction}|${item.method}|${item.flow ?? ''}`;
      let group = methods.get(key);
      if (!group) {
        group = {
          key,
          method: item.method,
          methodName: item.methodName ?? humanize(item.method),
          ...(item.flow === undefined ? {} : { flow: item.flow }),
          items: [],
        };
        methods.set(key, group);
      }
      group.items.push(item);
    }
    if (methods.size > 0) groups.push({ direction, methods: [...methods.values()] });
  }
  return groups;
}

/** The switches a merchant changed: each service whose wanted state differs from the stored one. */
export function changedToggles(
  items: readonly ConnectionService[],
  wanted: ReadonlyMap<string, boolean>,
): ServiceToggle[] {
  return items.flatMap((item) => {
    const enabled = wanted.get(serviceKey(item));
    if (enabled === undefined || enabled === item.enabled) return [];
    return [
      {
        direction: item.direction,
        method: item.method,
        currency: item.currency,
        ...(item.flow === undefined ? {} : { flow: item.flow }),
        enabled,
      },
    ];
  });
}

/** The host's field errors of a PATCH (`/items/N…`) as messages by the key of the service sent at N. */
export function toggleErrors(
  sent: readonly ServiceToggle[],
  fields: readonly FieldError[],
): Map<string, string> {
  const errors = new Map<string, string>();
  for (const field of fields) {
    const index = /^\/items\/(\d+)(?:\/|$)/.exec(field.path)?.[1];
    const toggle = index === undefined ? undefined : sent[Number(index)];
    if (toggle) errors.set(serviceKey(toggle), field.message);
  }
  return errors;
}

/** The usable services of "where can I take …" grouped by connection, in the order they came. */
export function byConnection(
  items: readonly UsableService[],
): { first: UsableService; items: UsableService[] }[] {
  const connections = new Map<string, { first: UsableService; items: UsableService[] }>();
  for (const item of items) {
    const entry = connections.get(item.connectionId);
    if (entry) entry.items.push(item);
    else connections.set(item.connectionId, { first: item, items: [item] });
  }
  return [...connections.values()];
}
