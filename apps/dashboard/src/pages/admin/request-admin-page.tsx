import { useId, useState } from 'react';
import { type ApiError, asApiError } from '../../api/client';
import { type RequestDemand, requestDemand, setRequestStatus } from '../../api/connections';
import type { RequestStatus } from '../../api/types';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { PageHeader } from '../../components/page-header';
import { useToast } from '../../components/toaster';
import { formatDate } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../session/session-context';

const STATUSES: { value: RequestStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'planned', label: 'Planned' },
  { value: 'available', label: 'Available' },
  { value: 'declined', label: 'Declined' },
];

/** Platform admins: demand per provider across organisations, and the status every asker sees. */
export function RequestAdminPage() {
  const { isAdmin } = useSession();
  const demand = useResource((signal) => (isAdmin ? requestDemand(signal) : Promise.resolve([])), [isAdmin]);
  if (!isAdmin)
    return (
      <>
        <PageHeader title="All requests" />
        <ErrorAlert error="Only platform admins see the requests of every organisation." />
      </>
    );
  return (
    <>
      <PageHeader
        title="All requests"
        description="Providers merchants asked for, most wanted first. The status you set is shown to every organisation that asked, and to those that ask later."
      />
      <ErrorAlert error={demand.error} />
      {demand.loading && !demand.data ? (
        <Loading label="Loading requests…" />
      ) : demand.data?.length === 0 ? (
        <EmptyState title="No requests yet" />
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
      notify(`${row.name}: ${status} for ${updated} ${updated === 1 ? 'organisation' : 'organisations'}.`);
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
          {!row.listed && <span className="badge badge--muted">Not listed</span>}
        </p>
        <p className="request__meta muted">
          {row.organisations} {row.organisations === 1 ? 'organisation' : 'organisations'} · last asked on{' '}
          {formatDate(row.lastRequestedAt)}
        </p>
        <ErrorAlert error={error} />
        <div className="row">
          <label className="visually-hidden" htmlFor={`${id}-status`}>
            Status for {row.name}
          </label>
          <select
            id={`${id}-status`}
            className="select"
            value={status}
            onChange={(event) => setStatus(event.target.value as RequestStatus)}
          >
            {STATUSES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor={`${id}-note`}>
            Note for {row.name}
          </label>
          <input
            id={`${id}-note`}
            className="input"
            placeholder="Note to merchants (optional)"
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
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </div>
    </li>
  );
}
