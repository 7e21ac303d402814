import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import type { ConnectionEvent, EventChange } from '../../api/types';
import { formatDateTime, formatRelative } from '../../lib/format';
import { explainReason } from '../../lib/verify-reasons';

const TITLES: Record<string, () => string> = {
  created: () => i18next.t('history.created'),
  verified: () => i18next.t('history.verified'),
  updated: () => i18next.t('history.updated'),
  deleted: () => i18next.t('history.deleted'),
  services_changed: () => i18next.t('history.servicesChanged'),
  degraded: () => i18next.t('format.health.degraded'),
  needs_reconnect: () => i18next.t('format.health.needsReconnect'),
  recovered: () => i18next.t('history.recovered'),
};

/** The connection's history, newest first, with each verify's outcome and what changed in services. */
export function EventHistory({
  events,
  providerName,
  userId,
  fieldTitles = {},
}: {
  events: ConnectionEvent[];
  providerName: string;
  userId: string | undefined;
  /** Credential field names to the titles the form shows. */
  fieldTitles?: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  if (events.length === 0) return <p className="muted">{t('history.empty')}</p>;
  // The host lists events in the order they happened; several can share a millisecond.
  const newestFirst = [...events].reverse();
  return (
    <ol className="timeline">
      {newestFirst.map((event) => {
        const failed = event.ok === false;
        return (
          <li key={event.id} className={`timeline__item ${failed ? 'timeline__item--failed' : ''}`}>
            <span className="timeline__dot" aria-hidden="true" />
            <div>
              <p className="timeline__title">
                {TITLES[event.type]?.() ?? event.type}
                {event.ok === true && <span className="timeline__result"> · {t('history.confirmed')}</span>}
                {failed && (
                  <span className="timeline__result timeline__result--failed">
                    {' '}
                    · {explainReason(event.reason ?? '', providerName).title}
                  </span>
                )}
              </p>
              {event.type === 'services_changed' && event.message && (
                <p className="timeline__detail" lang="en">
                  {event.message}
                </p>
              )}
              {event.changes?.map((change) => (
                <p key={change.field} className="timeline__detail">
                  {describeChange(change, fieldTitles)}
                </p>
              ))}
              <p className="timeline__meta">
                <time dateTime={event.at} title={formatDateTime(event.at)}>
                  {formatRelative(event.at)}
                </time>
                {event.actor && <> · {actorName(event.actor, userId)}</>}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** "Label: “main” → “EU store”", "New value for Secret key and Publishable key". */
export function describeChange(change: EventChange, titles: Readonly<Record<string, string>>): string {
  if (change.field === 'label')
    return i18next.t('history.labelChange', { from: quoted(change.from), to: quoted(change.to) });
  const names = change.replaced.map((name) => titles[name] ?? name);
  const list = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(names);
  return i18next.t('history.newValue', { count: names.length, fields: list });
}

function quoted(label: string | null): string {
  return label ? i18next.t('history.quoted', { label }) : i18next.t('history.noLabel');
}

function actorName(actor: NonNullable<ConnectionEvent['actor']>, userId: string | undefined): string {
  if (actor.type === 'api_key') return i18next.t('history.byApiKey');
  if (actor.type === 'system') return i18next.t('history.bySchedule');
  if (actor.type === 'connect_session') return i18next.t('history.byEndUser');
  if (actor.id === userId) return i18next.t('history.byYou');
  return i18next.t('history.byTeammate');
}
