import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAudit, type AuditFilters } from '../../api/audit';
import { type ApiError, asApiError } from '../../api/client';
import type { AuditEntry } from '../../api/types';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../lib/format';
import { useOrganisation } from '../../session/session-context';
import {
  ACTOR_TYPES,
  AUDIT_ACTION_LABELS,
  actorBadge,
  auditActionLabel,
  describeDetails,
} from './audit-labels';

/** Target ids look like these in every language. */
const TARGET_EXAMPLE = 'conn_…, usr_…, key_…';

/** A date input's day as the start of that day in UTC, ISO 8601; `next` gives the day after. */
function dayStart(day: string, next = false): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00.000Z`);
  if (next) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** The audit log: who changed what, from where; filters and older pages on demand. */
export function AuditPage() {
  const { t } = useTranslation();
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
        title={t('audit.title')}
        description={t('audit.description', { organisation: organisation.name })}
      />
      <form className="card audit-filters" onSubmit={apply} aria-label={t('audit.filters')}>
        <div className="field">
          <label className="field__label" htmlFor={actionId}>
            {t('audit.action')}
          </label>
          <select
            id={actionId}
            className="select"
            value={draft.action}
            onChange={(event) => setDraft({ ...draft, action: event.target.value })}
          >
            <option value="">{t('audit.anyAction')}</option>
            {Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label()}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={actorId}>
            {t('audit.doneBy')}
          </label>
          <select
            id={actorId}
            className="select"
            value={draft.actorType}
            onChange={(event) => setDraft({ ...draft, actorType: event.target.value })}
          >
            <option value="">{t('audit.anyone')}</option>
            {Object.entries(ACTOR_TYPES).map(([value, label]) => (
              <option key={value} value={value}>
                {label()}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t('audit.targetId')}
          value={draft.targetId}
          placeholder={TARGET_EXAMPLE}
          onChange={(event) => setDraft({ ...draft, targetId: event.target.value })}
        />
        <TextField
          label={t('audit.from')}
          type="date"
          value={draft.from}
          onChange={(event) => setDraft({ ...draft, from: event.target.value })}
        />
        <TextField
          label={t('audit.to')}
          type="date"
          value={draft.to}
          onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        />
        <button type="submit" className="button button--primary">
          {t('audit.apply')}
        </button>
      </form>
      <ErrorAlert error={error} />
      {loading && entries.length === 0 ? (
        <Loading label={t('audit.loading')} />
      ) : entries.length === 0 ? (
        <EmptyState title={t('audit.emptyTitle')}>
          <p>{t('audit.emptyText')}</p>
        </EmptyState>
      ) : (
        <div className="card card--flush">
          <table className="table table--rows">
            <caption className="visually-hidden">
              {t('audit.caption', { organisation: organisation.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.columns.when')}</th>
                <th scope="col">{t('audit.columns.who')}</th>
                <th scope="col">{t('audit.columns.what')}</th>
                <th scope="col">{t('audit.columns.details')}</th>
                <th scope="col">{t('audit.columns.from')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td data-label={t('audit.columns.when')}>{formatDateTime(entry.at)}</td>
                  <td data-label={t('audit.columns.who')}>
                    {entry.actor.label ?? entry.actor.id}
                    {entry.actor.type === 'user' ? null : (
                      <span className="badge badge--muted">{actorBadge(entry.actor.type)}</span>
                    )}
                  </td>
                  <th scope="row" data-label={t('audit.columns.what')}>
                    {auditActionLabel(entry.action)}
                    {entry.target && <span className="code audit__target">{entry.target.id}</span>}
                  </th>
                  {/* The host's field names and values as recorded: not words to translate. */}
                  <td data-label={t('audit.columns.details')} translate="no">
                    {describeDetails(entry.details)}
                  </td>
                  <td
                    data-label={t('audit.columns.from')}
                    title={entry.userAgent ?? undefined}
                    translate="no"
                  >
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
          {loading ? t('common.loading') : t('audit.loadOlder')}
        </button>
      )}
    </>
  );
}
