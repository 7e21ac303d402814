import { useState } from 'react';
import { Link } from 'react-router';
import { listConnectionRequests, withdrawConnectionRequest } from '../../api/connections';
import { type ApiError, asApiError } from '../../api/client';
import type { ConnectionRequest, RequestStatus } from '../../api/types';
import { EmptyState, ErrorAlert, Loading } from '../../components/alerts';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PageHeader } from '../../components/page-header';
import { ProviderLogo } from '../../components/provider-logo';
import { useToast } from '../../components/toaster';
import { formatDate, formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useOrganisation } from '../../session/session-context';
import { useCan } from '../../session/use-can';

/** What each status means to the merchant, and how it is shown. */
const STATUS: Record<RequestStatus, { label: string; badge: string; meaning: string }> = {
  open: { label: 'Open', badge: 'badge--muted', meaning: 'Received; not planned yet.' },
  planned: { label: 'Planned', badge: 'badge--warning', meaning: 'We are building it.' },
  available: { label: 'Available', badge: 'badge--success', meaning: 'It can be connected now.' },
  declined: { label: 'Declined', badge: 'badge--danger', meaning: 'We will not build it.' },
};

/** The providers this organisation has asked for, where each stands, and a way to withdraw. */
export function RequestsPage() {
  const organisation = useOrganisation();
  const notify = useToast();
  const requests = useResource(
    (signal) => listConnectionRequests(organisation.id, signal),
    [organisation.id],
  );
  // Asking for a provider (or withdrawing a request) is a change a viewer may not make.
  const mayRequest = useCan()('connections.manage_sandbox');
  const [withdrawing, setWithdrawing] = useState<ConnectionRequest | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const withdraw = async () => {
    if (!withdrawing) return;
    setBusy(true);
    setError(undefined);
    try {
      await withdrawConnectionRequest(organisation.id, withdrawing.id);
      notify(`Request for ${withdrawing.name ?? withdrawing.providerId} withdrawn.`);
      setWithdrawing(undefined);
      requests.reload();
    } catch (cause) {
      setWithdrawing(undefined);
      setError(asApiError(cause));
    } finally {
      setBusy(false);
    }
  };
  const newButton = mayRequest ? (
    <Link className="button button--primary" to="/requests/new">
      + Request a provider
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader
        title="Connection requests"
        description="Providers you asked us to support. We build the most requested ones first."
        actions={newButton}
      />
      <ErrorAlert error={requests.error ?? error} />
      {requests.loading && !requests.data ? (
        <Loading label="Loading requests…" />
      ) : requests.data?.length === 0 ? (
        <EmptyState title="No requests yet">
          <p>
            When a provider you use is not ready, open it in the{' '}
            <Link to="/directory?status=not-ready">directory</Link> and press “Request a connection”.
          </p>
        </EmptyState>
      ) : (
        <ul className="request-list">
          {requests.data?.map((request) => {
            // The host names listed providers too, so the name is always there to show.
            const name = request.name ?? request.providerId ?? 'Unnamed provider';
            return (
              <li key={request.id} className="card request">
                <ProviderLogo id={request.providerId ?? `unlisted-${request.id}`} name={name} size="sm" />
                <div className="request__body">
                  <p className="request__title">
                    {request.providerId ? (
                      <Link to={`/providers/${encodeURIComponent(request.providerId)}`}>{name}</Link>
                    ) : (
                      name
                    )}
                    {!request.providerId && <span className="badge badge--muted">Not listed</span>}
                  </p>
                  {request.website && (
                    <p className="request__meta">
                      <a href={request.website} target="_blank" rel="noopener noreferrer nofollow">
                        {request.website}
                      </a>
                    </p>
                  )}
                  {request.message && <p className="request__message">{request.message}</p>}
                  <p className="request__status">
                    <span className={`badge ${STATUS[request.status].badge}`}>
                      {STATUS[request.status].label}
                    </span>{' '}
                    <span className="muted">
                      {request.statusNote ?? STATUS[request.status].meaning}
                      {request.statusChangedAt ? ` (${formatDate(request.statusChangedAt)})` : ''}
                    </span>
                    {request.status === 'available' && request.providerId && (
                      <>
                        {' '}
                        <Link to={`/providers/${encodeURIComponent(request.providerId)}/connect`}>
                          Connect it
                        </Link>
                      </>
                    )}
                  </p>
                </div>
                <div className="request__side">
                  <time
                    className="request__time muted"
                    dateTime={request.createdAt}
                    title={formatDateTime(request.createdAt)}
                  >
                    Requested on {formatDate(request.createdAt)}
                  </time>
                  {mayRequest && (
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={`Withdraw the request for ${name}`}
                      onClick={() => setWithdrawing(request)}
                    >
                      Withdraw
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={withdrawing !== undefined}
        title={`Withdraw the request for ${withdrawing?.name ?? withdrawing?.providerId ?? ''}?`}
        confirmLabel="Withdraw request"
        danger
        busy={busy}
        onConfirm={withdraw}
        onCancel={() => setWithdrawing(undefined)}
      >
        <p>It will no longer count towards this provider. You can request it again later.</p>
      </ConfirmDialog>
    </>
  );
}
