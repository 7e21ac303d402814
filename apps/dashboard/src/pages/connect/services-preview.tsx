import i18next from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionService, ConnectionServices } from '../../api/types';
import { humanize } from '../../lib/format';
import { directionLabel, groupServices, type MethodGroup } from '../../lib/services';

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
  const { t } = useTranslation();
  const titleId = useId();
  if (!services) return null;
  const groups = groupServices(services.items);
  const enabled = services.items.filter((item) => item.enabled).length;
  return (
    <section className="services-preview" aria-labelledby={titleId}>
      <h3 id={titleId} className="services-preview__title">
        {t('servicesPreview.title')}
        <span className="services-preview__count">
          {t('servicesPreview.count', { enabled, total: services.items.length })}
        </span>
      </h3>
      {services.source === 'manifest' && (
        <div className="services-preview__note">
          <p>{t('servicesPreview.fromManifest', { provider: providerName })}</p>
          {services.note && <p className="services-preview__why">{services.note}</p>}
        </div>
      )}
      {groups.length === 0 && <p className="muted">{t('servicesPreview.none')}</p>}
      {groups.map((group) => (
        <div key={group.direction} className="services-preview__group">
          <h4 className="services-preview__direction">{directionLabel(group.direction)}</h4>
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
  const { t } = useTranslation();
  const available = method.items.filter((item) => item.available);
  const missing = byReason(method.items.filter((item) => !item.available));
  return (
    <li className={`service-list__item ${available.length === 0 ? 'service-list__item--off' : ''}`}>
      <span className="service-list__name">
        {method.methodName}
        {method.flow && <span className="muted"> · {humanize(method.flow)}</span>}
      </span>
      {available.length > 0 && (
        <ul className="chips" aria-label={t('servicesPreview.currencies', { method: method.methodName })}>
          {available.map((item) => (
            <li key={item.currency} className="chip chip--code">
              {item.currency}
            </li>
          ))}
        </ul>
      )}
      {missing.map(([reason, items]) => (
        <p key={reason} className="service-list__reason">
          <span className="badge badge--muted">{t('servicesPreview.notAvailable')}</span>{' '}
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
    const reason = item.reason ?? i18next.t('servicesPreview.cannotTake');
    reasons.set(reason, [...(reasons.get(reason) ?? []), item]);
  }
  return [...reasons];
}
