import { useId } from 'react';
import type { ConnectionService, ConnectionServices } from '../../api/types';
import { humanize } from '../../lib/format';
import { DIRECTION_LABELS, groupServices, type MethodGroup } from '../../lib/services';

/**
 * What connecting will enable, payments and payouts by method with their currencies; a service
 * the account lacks is listed as not available with the reason. When the connector could not read
 * the account, a note says the list is what the connector offers.
 */
export function ServicesPreview({
  services,
  providerName,
}: {
  services: ConnectionServices | undefined;
  providerName: string;
}) {
  const titleId = useId();
  if (!services) return null;
  const groups = groupServices(services.items);
  const enabled = services.items.filter((item) => item.enabled).length;
  return (
    <section className="services-preview" aria-labelledby={titleId}>
      <h3 id={titleId} className="services-preview__title">
        Services connecting enables
        <span className="services-preview__count">
          {enabled} of {services.items.length}
        </span>
      </h3>
      {services.source === 'manifest' && (
        <div className="services-preview__note">
          <p>
            PayCore could not read which methods this account has enabled, so these are the services the{' '}
            {providerName} connector offers. Switch off what the account does not take on the connection’s
            Services tab.
          </p>
          {services.note && <p className="services-preview__why">{services.note}</p>}
        </div>
      )}
      {groups.length === 0 && <p className="muted">This account offers no services PayCore knows.</p>}
      {groups.map((group) => (
        <div key={group.direction} className="services-preview__group">
          <h4 className="services-preview__direction">{DIRECTION_LABELS[group.direction]}</h4>
          <ul className="service-list">
            {group.methods.map((method) => (
              <MethodRow key={method.key} method={method} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function MethodRow({ method }: { method: MethodGroup }) {
  const available = method.items.filter((item) => item.available);
  const missing = byReason(method.items.filter((item) => !item.available));
  return (
    <li className={`service-list__item ${available.length === 0 ? 'service-list__item--off' : ''}`}>
      <span className="service-list__name">
        {method.methodName}
        {method.flow && <span className="muted"> · {humanize(method.flow)}</span>}
      </span>
      {available.length > 0 && (
        <ul className="chips" aria-label={`${method.methodName} currencies`}>
          {available.map((item) => (
            <li key={item.currency} className="chip chip--code">
              {item.currency}
            </li>
          ))}
        </ul>
      )}
      {missing.map(([reason, items]) => (
        <p key={reason} className="service-list__reason">
          <span className="badge badge--muted">Not available</span>{' '}
          <span className="code">{items.map((item) => item.currency).join(', ')}</span> · {reason}
        </p>
      ))}
    </li>
  );
}

// The host repeats one reason per currency ("has not enabled X"): say it once per method.
function byReason(items: ConnectionService[]): [string, ConnectionService[]][] {
  const reasons = new Map<string, ConnectionService[]>();
  for (const item of items) {
    const reason = item.reason ?? 'The account cannot take it';
    reasons.set(reason, [...(reasons.get(reason) ?? []), item]);
  }
  return [...reasons];
}
