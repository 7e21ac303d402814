import i18next from 'i18next';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
import { requestStatusLabel } from './request-status';

/** What each status means to the merchant (in the chosen language), and how it is shown. */
const STATUS: Record<RequestStatus, { badge: string; meaning: () => string }> = {
  open: {
    badge: 'badge--muted',
    meaning: () => i18next.t('requests.meaning.open'),
  },
  planned: {
    badge: 'badge--warning',
    meaning: () => i18next.t('requests.meaning.planned'),
  },
  available: {
    badge: 'badge--success',
    meaning: () => i18next.t('requests.meaning.available'),
  },
  declined: {
    badge: 'badge--danger',
    meaning: () => i18next.t('requests.meaning.declined'),
  },
};

/** The providers this organisation has asked for, where each stands, and a way to withdraw. */
export function RequestsPage() {
  const { t } = useTranslation();
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
      notify(t('requests.withdrawn', { provider: withdrawing.name ?? withdrawing.providerId ?? '' }));
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
      {t('requests.new')}
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader title={t('requests.title')} description={t('requests.description')} actions={newButton} />
      <ErrorAlert error={requests.error ?? error} />
      {requests.loading && !requests.data ? (
        <Loading label={t('requests.loading')} />
      ) : requests.data?.length === 0 ? (
        <EmptyState title={t('requests.emptyTitle')}>
          <p>
            <Trans
              i18nKey="requests.emptyText"
              components={{ a: <Link to="/directory?status=not-ready" /> }}
            />
          </p>
        </EmptyState>
      ) : (
        <ul className="request-list">
          {requests.data?.map((request) => {
            // The host names listed providers too, so the name is always there to show.
            const name = request.name ?? request.providerId ?? t('requests.unnamed');
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
                    {!request.providerId && (
                      <span className="badge badge--muted">{t('requests.notListed')}</span>
                    )}
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
                      {requestStatusLabel(request.status)}
                    </span>{' '}
                    <span className="muted">
                      {request.statusNote ?? STATUS[request.status].meaning()}
                      {request.statusChangedAt ? ` (${formatDate(request.statusChangedAt)})` : ''}
                    </span>
                    {request.status === 'available' && request.providerId && (
                      <>
                        {' '}
                        <Link to={`/providers/${encodeURIComponent(request.providerId)}/connect`}>
                          {t('requests.connectIt')}
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
                    {t('requests.requestedOn', { date: formatDate(request.createdAt) })}
                  </time>
                  {mayRequest && (
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={t('requests.withdrawFor', { provider: name })}
                      onClick={() => setWithdrawing(request)}
                    >
                      {t('requests.withdraw')}
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
        title={t('requests.confirmTitle', {
          provider: withdrawing?.name ?? withdrawing?.providerId ?? '',
        })}
        confirmLabel={t('requests.confirmLabel')}
        danger
        busy={busy}
        onConfirm={withdraw}
        onCancel={() => setWithdrawing(undefined)}
      >
        <p>{t('requests.confirmText')}</p>
      </ConfirmDialog>
    </>
  );
}
