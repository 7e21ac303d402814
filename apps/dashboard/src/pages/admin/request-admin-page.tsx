import i18next from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, asApiError } from '../../api/client';
import { type RequestDemand, requestDemand, setRequestStatus } from '../../api/connections';
import type { RequestStatus } from '../../api/types';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { useToast } from '../../components/toaster';
import { formatDate, formatNumber } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../session/session-context';
import { requestStatusLabel } from '../requests/request-status';

const STATUSES: RequestStatus[] = ['open', 'planned', 'available', 'declined'];

/** A request's status inside the sentence that confirms it was set. */
function statusInSentence(status: RequestStatus): string {
  switch (status) {
    case 'open':
      return i18next.t('requestAdmin.statusInSentence.open');
    case 'planned':
      return i18next.t('requestAdmin.statusInSentence.planned');
    case 'available':
      return i18next.t('requestAdmin.statusInSentence.available');
    case 'declined':
      return i18next.t('requestAdmin.statusInSentence.declined');
  }
}

/** Platform admins: demand per provider across organisations, and the status every asker sees. */
export function RequestAdminPage() {
  const { t } = useTranslation();
  const { isAdmin } = useSession();
  const demand = useResource((signal) => (isAdmin ? requestDemand(signal) : Promise.resolve([])), [isAdmin]);
  if (!isAdmin)
    return (
      <>
        <PageHeader title={t('requestAdmin.title')} />
        <ErrorAlert error={t('requestAdmin.adminsOnly')} />
      </>
    );
  return (
    <>
      <PageHeader title={t('requestAdmin.title')} description={t('requestAdmin.description')} />
      <ErrorAlert error={demand.error} />
      {demand.loading && !demand.data ? (
        <Loading label={t('requestAdmin.loading')} />
      ) : demand.data?.length === 0 ? (
        <EmptyState title={t('requestAdmin.empty')} />
      ) : (
        <ul className="request-list">
          {demand.data?.map((row) => (
            <DemandRow key={row.providerId ?? `name:${row.name}`} row={row} onSaved={demand.reload} />
          ))}
        </ul>
      )}
    </>
  );
}

function DemandRow({ row, onSaved }: { row: RequestDemand; onSaved: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const id = useId();
  const [status, setStatus] = useState<RequestStatus>(row.requestStatus);
  const [note, setNote] = useState(row.statusNote ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const target = row.providerId ? { providerId: row.providerId } : { name: row.name };
      const updated = await setRequestStatus({
        ...target,
        status,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      notify(
        t('requestAdmin.saved', {
          provider: row.name,
          status: statusInSentence(status),
          count: updated,
          n: formatNumber(updated),
        }),
      );
      onSaved();
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="card request">
      <div className="request__body">
        <p className="request__title">
          {row.name}
          {!row.listed && <span className="badge badge--muted">{t('requestAdmin.notListed')}</span>}
        </p>
        <p className="request__meta muted">
          {t('requestAdmin.asked', {
            count: row.organisations,
            n: formatNumber(row.organisations),
            date: formatDate(row.lastRequestedAt),
          })}
        </p>
        <ErrorAlert error={error} />
        <div className="row">
          <label className="visually-hidden" htmlFor={`${id}-status`}>
            {t('requestAdmin.statusFor', { provider: row.name })}
          </label>
          <select
            id={`${id}-status`}
            className="select"
            value={status}
            onChange={(event) => setStatus(event.target.value as RequestStatus)}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {requestStatusLabel(value)}
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor={`${id}-note`}>
            {t('requestAdmin.noteFor', { provider: row.name })}
          </label>
          <input
            id={`${id}-note`}
            className="input"
            placeholder={t('requestAdmin.notePlaceholder')}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void save()}
          >
            {busy ? t('requestAdmin.saving') : t('common.save')}
          </button>
        </div>
      </div>
    </li>
  );
}
