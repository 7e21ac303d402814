import type { ConnectionEvent, EventChange } from '../../api/types';
import { formatDateTime, formatRelative } from '../../lib/format';
import { explainReason } from '../../lib/verify-reasons';

const TITLES: Record<string, string> = {
  created: 'Connected',
  verified: 'Verified',
  updated: 'Updated',
  deleted: 'Disconnected',
  services_changed: 'Services changed',
  degraded: 'Degraded',
  needs_reconnect: 'Needs reconnect',
  recovered: 'Recovered',
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
  if (events.length === 0) return <p className="muted">Nothing has happened yet.</p>;
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
                {TITLES[event.type] ?? event.type}
                {event.ok === true && <span className="timeline__result"> · credentials confirmed</span>}
                {failed && (
                  <span className="timeline__result timeline__result--failed">
                    {' '}
                    · {explainReason(event.reason ?? '', providerName).title}
                  </span>
                )}
              </p>
              {event.type === 'services_changed' && event.message && (
                <p className="timeline__detail">{event.message}</p>
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
  if (change.field === 'label') return `Label: ${quoted(change.from)} → ${quoted(change.to)}`;
  const names = change.replaced.map((name) => titles[name] ?? name);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  return `New value for ${list}`;
}

function quoted(label: string | null): string {
  return label ? `“${label}”` : 'no label';
}

function actorName(actor: NonNullable<ConnectionEvent['actor']>, userId: string | undefined): string {
  if (actor.type === 'api_key') return 'API key';
  if (actor.type === 'system') return 'by a scheduled check';
  if (actor.type === 'connect_session') return 'by an end user, through a connect session';
  if (actor.id === userId) return 'by you';
  return 'by a teammate';
}
