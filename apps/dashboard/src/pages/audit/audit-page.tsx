import { type FormEvent, useEffect, useId, useState } from 'react';
import { listAudit, type AuditFilters } from '../../api/audit';
import { type ApiError, asApiError } from '../../api/client';
import type { AuditEntry } from '../../api/types';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../lib/format';
import { useOrganisation } from '../../session/session-context';
import { AUDIT_ACTION_LABELS, describeDetails } from './audit-labels';

const ACTOR_TYPES: Record<string, string> = {
  user: 'A member',
  api_key: 'An API key',
  system: 'PayCore itself',
  connect_session: 'A connect session',
};

const ACTOR_BADGES: Record<string, string> = {
  api_key: 'API key',
  system: 'system',
  connect_session: 'connect session',
};

/** A date input's day as the start of that day in UTC, ISO 8601; `next` gives the day after. */
function dayStart(day: string, next = false): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00.000Z`);
  if (next) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** The audit log: who changed what, from where; filters and older pages on demand. */
export function AuditPage() {
  const organisation = useOrganisation();
  const actionId = useId();
  const actorId = useId();
  const [draft, setDraft] = useState({ action: '', actorType: '', targetId: '', from: '', to: '' });
  const [filters, setFilters] = useState<AuditFilters>({});
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | undefined>();

  const load = async (after: string | null, signal?: AbortSignal) => {
    setLoading(true);
    try {
      const page = await listAudit(organisation.id, filters, after, signal);
      setEntries((shown) => (after ? [...shown, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(undefined);
    } catch (cause) {
      if (signal?.aborted) return;
      setError(asApiError(cause));
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new organisation or new filters start over
  useEffect(() => {
    const controller = new AbortController();
    void load(null, controller.signal);
    return () => controller.abort();
  }, [organisation.id, filters]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      action: draft.action || undefined,
      actorType: draft.actorType || undefined,
      targetId: draft.targetId.trim() || undefined,
      from: dayStart(draft.from),
      to: dayStart(draft.to, true),
    });
  };

  return (
    <>
      <PageHeader
        title="Audit log"
        description={`Every change in ${organisation.name}: connections, keys, webhooks, members, settings and sign-ins, with who, when and from where. Entries cannot be changed or deleted.`}
      />
      <form className="card audit-filters" onSubmit={apply} aria-label="Filter the audit log">
        <div className="field">
          <label className="field__label" htmlFor={actionId}>
            Action
          </label>
          <select
            id={actionId}
            className="select"
            value={draft.action}
            onChange={(event) => setDraft({ ...draft, action: event.target.value })}
          >
            <option value="">Any action</option>
            {Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={actorId}>
            Done by
          </label>
          <select
            id={actorId}
            className="select"
            value={draft.actorType}
            onChange={(event) => setDraft({ ...draft, actorType: event.target.value })}
          >
            <option value="">Anyone</option>
            {Object.entries(ACTOR_TYPES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Target id"
          value={draft.targetId}
          placeholder="conn_…, usr_…, key_…"
          onChange={(event) => setDraft({ ...draft, targetId: event.target.value })}
        />
        <TextField
          label="From (UTC)"
          type="date"
          value={draft.from}
          onChange={(event) => setDraft({ ...draft, from: event.target.value })}
        />
        <TextField
          label="To (UTC)"
          type="date"
          value={draft.to}
          onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        />
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
      </form>
      <ErrorAlert error={error} />
      {loading && entries.length === 0 ? (
        <Loading label="Loading the audit log…" />
      ) : entries.length === 0 ? (
        <EmptyState title="Nothing recorded">
          <p>No entry matches these filters.</p>
        </EmptyState>
      ) : (
        <div className="card card--flush">
          <table className="table table--rows">
            <caption className="visually-hidden">Audit log of {organisation.name}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td data-label="When">{formatDateTime(entry.at)}</td>
                  <td data-label="Who">
                    {entry.actor.label ?? entry.actor.id}
                    {entry.actor.type !== 'user' && (
                      <span className="badge badge--muted">
                        {ACTOR_BADGES[entry.actor.type] ?? entry.actor.type}
                      </span>
                    )}
                  </td>
                  <th scope="row" data-label="What">
                    {AUDIT_ACTION_LABELS[entry.action] ?? entry.action}
                    {entry.target && <span className="code audit__target">{entry.target.id}</span>}
                  </th>
                  <td data-label="Details">{describeDetails(entry.details)}</td>
                  <td data-label="From" title={entry.userAgent ?? undefined}>
                    {entry.ip ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor && (
        <button
          type="button"
          className="button button--ghost"
          disabled={loading}
          onClick={() => void load(cursor)}
        >
          {loading ? 'Loading…' : 'Load older entries'}
        </button>
      )}
    </>
  );
}
